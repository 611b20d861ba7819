using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>The model's questions for the soutenance about one compétence.</summary>
public sealed record OralQuestionsDraft
{
    [JsonPropertyName("questions")]
    public required IReadOnlyList<OralQuestion> Questions { get; init; }

    [JsonPropertyName("injectionSuspected")]
    public required bool InjectionSuspected { get; init; }

    [JsonPropertyName("injectionNote")]
    public required string InjectionNote { get; init; }
}

public sealed record OralQuestion
{
    [JsonPropertyName("question")]
    public required string Question { get; init; }

    [JsonPropertyName("intent"), Description("Ce que la question permet de vérifier.")]
    public required string Intent { get; init; }

    [JsonPropertyName("criterion"), Description("Le critère visé.")]
    public required string Criterion { get; init; }
}
