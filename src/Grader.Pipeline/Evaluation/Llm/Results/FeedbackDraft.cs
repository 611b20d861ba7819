using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>The model's formative feedback draft for one compétence, to be reviewed before release.</summary>
public sealed record FeedbackDraft
{
    [JsonPropertyName("summary"), Description("Deux ou trois phrases simples pour le candidat.")]
    public required string Summary { get; init; }

    [JsonPropertyName("strengths"), Description("Ce qui est réussi, précisément.")]
    public required IReadOnlyList<string> Strengths { get; init; }

    [JsonPropertyName("improvements")]
    public required IReadOnlyList<FeedbackImprovement> Improvements { get; init; }

    [JsonPropertyName("injectionSuspected")]
    public required bool InjectionSuspected { get; init; }

    [JsonPropertyName("injectionNote")]
    public required string InjectionNote { get; init; }
}

public sealed record FeedbackImprovement
{
    [JsonPropertyName("what"), Description("Ce qu’il faut améliorer.")]
    public required string What { get; init; }

    [JsonPropertyName("how"), Description("Comment s’y prendre, concrètement.")]
    public required string How { get; init; }
}
