namespace Grader.Cli;

/// <summary>Where a verb writes: standard output for results, standard error for messages.</summary>
public sealed record CliContext(TextWriter Output, TextWriter Error);
