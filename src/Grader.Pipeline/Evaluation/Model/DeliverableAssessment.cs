using System.Text.Json.Serialization;

namespace Grader.Pipeline.Evaluation.Model;

[JsonConverter(typeof(JsonStringEnumConverter<DeliverablePresence>))]
public enum DeliverablePresence
{
    [JsonStringEnumMemberName("present")]
    Present,

    [JsonStringEnumMemberName("partial")]
    Partial,

    [JsonStringEnumMemberName("absent")]
    Absent,
}

/// <summary>Whether one deliverable item of the épreuve is in the dossier, with the passages that show it.</summary>
public sealed record DeliverableAssessment
{
    /// <summary>The item worded exactly as in the référentiel.</summary>
    public required string Item { get; init; }
    public required string ItemId { get; init; }
    public required DeliverablePresence Present { get; init; }
    public IReadOnlyList<EvidenceQuote> Evidence { get; init; } = [];
}
