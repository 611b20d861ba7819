namespace Grader.Cli.Bench.Quality;

/// <param name="Provider">Overrides <c>Grader:Llm:Provider</c>; null keeps the configured provider.</param>
/// <param name="Rubric">Rubric id or folder; null: the default rubric.</param>
/// <param name="Resamples">Bootstrap resamples of the QWK interval.</param>
/// <param name="Command">The command line as the report prints it, so that its figures can be reproduced.</param>
internal sealed record QualityBenchOptions(string SetDirectory, string? Provider, string? Rubric, int Resamples, int Seed, string Command);
