namespace Grader.Pipeline.Evaluation.Model;

/// <summary>
/// The draft a juror reviews for one épreuve of one dossier: a proposal per compétence, the deliverables
/// checklist, flags, a candidate feedback draft and full provenance. Nothing in it is a decision.
/// Serialised with System.Text.Json in camelCase it follows <c>contracts/evaluate.schema.json</c>.
/// </summary>
public sealed record PreAssessment
{
    /// <summary>The épreuve id in the rubric (<c>e2</c>, <c>e6-commerce-international</c>).</summary>
    public required string Epreuve { get; init; }
    /// <summary>As the référentiel writes it (<c>E2</c>, <c>E6</c>).</summary>
    public required string EpreuveSourceCode { get; init; }
    public string? EpreuveTitle { get; init; }
    public required string RubricId { get; init; }
    public required string RubricVersion { get; init; }
    public required string RubricFingerprint { get; init; }
    /// <summary>One of <see cref="Providers"/>.</summary>
    public required string Provider { get; init; }
    public required bool LanguageModelUsed { get; init; }
    /// <summary>French notice shown with every output (see <see cref="AssessmentNotices"/>).</summary>
    public required string Notice { get; init; }
    public required DossierDescription Dossier { get; init; }
    public required IReadOnlyList<CriterionAssessment> Criteria { get; init; }
    public IReadOnlyList<DeliverableAssessment> Deliverables { get; init; } = [];
    /// <summary>Dossier-level flags followed by every compétence's flags (each naming its compétence); see <see cref="OverallFlags"/>.</summary>
    public IReadOnlyList<AssessmentFlag> Flags { get; init; } = [];
    /// <summary>Overall formative draft for the candidate, in French; to be validated by the jury.</summary>
    public string CandidateFeedback { get; init; } = "";
    public required Provenance Provenance { get; init; }
}
