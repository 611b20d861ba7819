namespace Grader.Cli.Bench.Service;

/// <param name="Uploads">Dossiers uploaded at once (each for its own candidate).</param>
/// <param name="Readers">Concurrent clients reading while the uploads are processed.</param>
/// <param name="ServerPid">The service's process id on this machine, to read its peak memory; optional.</param>
public sealed record ServiceBenchOptions(
    Uri Url, string Email, string Password, string Dossier, string Epreuve, int Uploads, int Readers, TimeSpan Timeout, int? ServerPid, string Command);
