namespace Grader.Pipeline.Evaluation.Model;

/// <summary>
/// The pre-assessment of one compétence of the épreuve. <see cref="Level"/> is on the rubric's scale, and null
/// when only the oral can judge the compétence or when its assessment failed.
/// </summary>
public sealed record CriterionAssessment
{
    /// <summary>The compétence code as the référentiel writes it (<c>C.2.2.4.</c>, <c>C3.1.1.</c>).</summary>
    public required string Code { get; init; }
    public required string CompetenceId { get; init; }
    public required Assessable Assessable { get; init; }
    public int? Level { get; init; }
    /// <summary>Between 0 and 1; null when no level is proposed.</summary>
    public double? Confidence { get; init; }
    /// <summary>For the juror, in French.</summary>
    public string Rationale { get; init; } = "";
    public IReadOnlyList<EvidenceQuote> Evidence { get; init; } = [];
    /// <summary>What the dossier lacks for this compétence, in French.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];
    /// <summary>Candidate-facing formative draft for this compétence, in French.</summary>
    public string Feedback { get; init; } = "";
    public IReadOnlyList<string> OralQuestions { get; init; } = [];
    public IReadOnlyList<AssessmentFlag> Flags { get; init; } = [];
    /// <summary>The levels of each draw when several samples were taken (self-consistency); null for one draw.</summary>
    public IReadOnlyList<int>? Samples { get; init; }
    public CriterionStatus Status { get; init; } = CriterionStatus.Ok;

    /// <summary>A compétence whose assessment failed: no level, the reason, and a <c>failed</c> flag.</summary>
    public static CriterionAssessment FailedFor(string code, string competenceId, Assessable assessable, string reason) => new()
    {
        Code = code,
        CompetenceId = competenceId,
        Assessable = assessable,
        Rationale = "Évaluation impossible pour cette compétence : " + reason,
        Status = CriterionStatus.Failed(reason),
        Flags = [new AssessmentFlag { Kind = AssessmentFlagKinds.Failed, Criterion = code, Detail = reason }],
    };

    /// <summary>Adds flags, skipping any already present (same kind, page, file and detail).</summary>
    public CriterionAssessment WithFlags(IEnumerable<AssessmentFlag> flags) =>
        this with { Flags = Flags.Concat(flags).Distinct().ToList() };
}
