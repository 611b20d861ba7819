using System.Text.Json.Serialization;

namespace Grader.Pipeline.Evaluation.Model;

[JsonConverter(typeof(JsonStringEnumConverter<CriterionState>))]
public enum CriterionState
{
    [JsonStringEnumMemberName("ok")]
    Ok,

    [JsonStringEnumMemberName("failed")]
    Failed,
}

/// <summary>Whether a compétence was assessed; a failed one says why (in French) while the others complete.</summary>
public sealed record CriterionStatus(CriterionState State, string? Reason = null)
{
    public static CriterionStatus Ok { get; } = new(CriterionState.Ok);

    public static CriterionStatus Failed(string reason) => new(CriterionState.Failed, reason);

    [JsonIgnore]
    public bool IsFailed => State == CriterionState.Failed;
}
