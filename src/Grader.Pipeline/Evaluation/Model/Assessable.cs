using System.Text.Json.Serialization;

namespace Grader.Pipeline.Evaluation.Model;

/// <summary>
/// How a compétence can be judged, as the evaluate contract spells it (<c>written</c>, <c>oral</c>, <c>both</c>).
/// Kept apart from <see cref="Rubrics.AssessmentMode"/> so that renaming a rubric enum never changes the contract.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Assessable>))]
public enum Assessable
{
    [JsonStringEnumMemberName("written")]
    Written,

    [JsonStringEnumMemberName("oral")]
    Oral,

    [JsonStringEnumMemberName("both")]
    Both,
}

public static class AssessableExtensions
{
    public static Assessable ToAssessable(this Rubrics.AssessmentMode mode) => mode switch
    {
        Rubrics.AssessmentMode.Written => Assessable.Written,
        Rubrics.AssessmentMode.Oral => Assessable.Oral,
        _ => Assessable.Both,
    };

    /// <summary>Only the soutenance can judge it: no level is proposed from the writing.</summary>
    public static bool IsOralOnly(this Assessable assessable) => assessable == Assessable.Oral;
}
