using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>The model's answer to the deliverables check, one entry per item id it was given.</summary>
public sealed record DeliverablesJudgement
{
    [JsonPropertyName("items")]
    public required IReadOnlyList<DeliverableItemJudgement> Items { get; init; }

    [JsonPropertyName("injectionSuspected")]
    public required bool InjectionSuspected { get; init; }

    [JsonPropertyName("injectionNote"), Description("Le passage suspect et sa page ; chaîne vide sinon.")]
    public required string InjectionNote { get; init; }
}

public sealed record DeliverableItemJudgement
{
    [JsonPropertyName("itemId"), Description("Identifiant de l’élément attendu, tel qu’il est donné.")]
    public required string ItemId { get; init; }

    /// <summary>One of <see cref="DeliverableStatuses"/>; a string because strict schemas handle enums unevenly across servers.</summary>
    [JsonPropertyName("status"), Description("present, partial ou absent.")]
    public required string Status { get; init; }

    [JsonPropertyName("evidence")]
    public required IReadOnlyList<EvidenceQuote> Evidence { get; init; }

    [JsonPropertyName("note"), Description("Une phrase pour le juré.")]
    public required string Note { get; init; }
}

public static class DeliverableStatuses
{
    public const string Present = "present";
    public const string Partial = "partial";
    public const string Absent = "absent";

    public static IReadOnlyList<string> All { get; } = [Present, Partial, Absent];
}
