namespace Grader.Cli.Bench.Retrieval;

/// <param name="Pages">Length of the long dossier for the latency measurement; 0 skips it.</param>
/// <param name="Dossiers">Size of the many-dossier latency index; 0 skips that part (tests, quick runs).</param>
/// <param name="GenericShare">Rubric words found in this share of compétences leave the queries; 0 keeps every word.</param>
/// <param name="Seeds">Shuffles averaged for the random baseline.</param>
internal sealed record RetrievalBenchOptions(string SetDirectory, string? Rubric, int Pages, int Dossiers, int ChunksPerDossier, int Seeds, double GenericShare, string Command);
