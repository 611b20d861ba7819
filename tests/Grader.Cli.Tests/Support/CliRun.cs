namespace Grader.Cli.Tests.Support;

/// <summary>The outcome of one in-process run of the <c>grader</c> command.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs <c>grader</c> in process, with its output captured, as a user would type it.</summary>
public static class CliRun
{
    public static async Task<CliResult> Grader(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await GraderCli.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
