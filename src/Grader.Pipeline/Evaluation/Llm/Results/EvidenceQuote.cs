using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>A quotation the model claims is verbatim in one passage; the verification stage checks it.</summary>
public sealed record EvidenceQuote
{
    [JsonPropertyName("chunkId"), Description("Identifiant exact de l’extrait cité, tel qu’il est donné.")]
    public required string ChunkId { get; init; }

    [JsonPropertyName("quote"), Description("Citation recopiée mot pour mot depuis cet extrait.")]
    public required string Quote { get; init; }
}
