namespace Grader.Cli.Tests.Commands;

/// <summary>Runs <c>grader</c> in process with captured output, on files written to a private temporary folder.</summary>
internal sealed class CliRunner : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("grader-cli-").FullName;

    public string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string Write(string name, string content) => Write(name, System.Text.Encoding.UTF8.GetBytes(content));

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await GraderCli.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
