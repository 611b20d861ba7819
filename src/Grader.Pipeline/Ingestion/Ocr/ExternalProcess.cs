using System.Diagnostics;
using System.Text;

namespace Grader.Pipeline.Ingestion.Ocr;

/// <summary>The outcome of an external tool run.</summary>
internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError);

/// <summary>
/// Runs a command-line tool (tesseract, pdftoppm) without a shell, with a hard time limit: a stuck tool is
/// killed with its children so that one bad page can never hang an ingestion.
/// </summary>
internal static class ExternalProcess
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Runs <paramref name="fileName"/>; throws <see cref="TimeoutException"/> after killing it when it overruns.</summary>
    public static ProcessResult Run(
        string fileName, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // OMP_THREAD_LIMIT=1: tesseract otherwise spreads one page over every core, which only adds
        // contention on a shared machine where pages are processed one after another anyway.
        startInfo.Environment["OMP_THREAD_LIMIT"] = "1";

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);

        var deadline = Stopwatch.StartNew();
        while (!process.WaitForExit(PollInterval))
        {
            if (cancellationToken.IsCancellationRequested)
            {
                Kill(process);
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (deadline.Elapsed > timeout)
            {
                Kill(process);
                throw new TimeoutException($"{fileName} did not finish within {timeout.TotalSeconds:0.#} s and was killed.");
            }
        }

        process.WaitForExit(); // flushes the redirected streams
        return new ProcessResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(1000);
        }
        catch (InvalidOperationException)
        {
            // Already exited between the check and the kill.
        }
    }
}
