namespace Grader.Pipeline.Evaluation.Model;

/// <summary>A prompt as used: its folder name, declared version and the SHA-256 of its content.</summary>
public sealed record PromptReference(string Id, string Version, string Sha256);

/// <summary>The pedagogical team's guidelines and anchors a run gave the prompts: their version and content fingerprint.</summary>
public sealed record GuidelinesReference(string Version, string Fingerprint);

/// <summary>The generation settings that, with the model and prompts, determine an output.</summary>
public sealed record ModelSettings
{
    public double? Temperature { get; init; }
    public int Samples { get; init; } = 1;
    public int? MaxOutputTokens { get; init; }
    public int? Seed { get; init; }
    public int? MaxConcurrency { get; init; }
}

/// <summary>How long one stage took (ingestion, chunking, retrieval, evaluation, verification...).</summary>
public sealed record StageTiming(string Stage, TimeSpan Duration);

/// <summary>Token counts: estimated before the run, and as reported by the provider after it.</summary>
public sealed record TokenCounts(int? EstimatedInput = null, int? Input = null, int? Output = null)
{
    public static TokenCounts Zero { get; } = new();

    public static TokenCounts operator +(TokenCounts left, TokenCounts right) => new(
        Add(left.EstimatedInput, right.EstimatedInput), Add(left.Input, right.Input), Add(left.Output, right.Output));

    public static TokenCounts Add(TokenCounts left, TokenCounts right) => left + right;

    private static int? Add(int? a, int? b) => a is null && b is null ? null : (a ?? 0) + (b ?? 0);
}

/// <summary>Tokens of one compétence's calls (all samples together).</summary>
public sealed record CriterionTokens(string Criterion, TokenCounts Tokens);

/// <summary>Token counts per compétence, and their total.</summary>
public sealed record TokenReport(IReadOnlyList<CriterionTokens> PerCriterion)
{
    public static TokenReport Empty { get; } = new([]);

    public TokenCounts Total => PerCriterion.Aggregate(TokenCounts.Zero, (sum, c) => sum + c.Tokens);
}

/// <summary>Everything needed to trace an output back to what produced it.</summary>
public sealed record Provenance
{
    /// <summary>Model or deployment name; null offline.</summary>
    public string? Model { get; init; }
    public ModelSettings ModelSettings { get; init; } = new();
    public IReadOnlyList<PromptReference> Prompts { get; init; } = [];
    public required string RubricVersion { get; init; }
    public required string RubricFingerprint { get; init; }
    /// <summary>
    /// The guidelines given to the language model; absent (not written) when there were none or no model was used,
    /// so outputs of earlier versions and offline runs keep their shape.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public GuidelinesReference? Guidelines { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public TimeSpan Duration { get; init; }
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];
    public TokenReport Tokens { get; init; } = TokenReport.Empty;
    public required string GraderVersion { get; init; }
}
