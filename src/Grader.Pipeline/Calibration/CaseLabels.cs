using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Calibration;

/// <summary>
/// A compétence as the jury graded it: the code as written in labels.json, the rubric's compétence, the level (null: oral
/// only), and — when a second juror marked the dossier independently (<c>secondLevel</c>) — that second level, from which
/// human–human agreement is measured.
/// </summary>
public sealed record LabelledCriterion(string Code, Competence Competence, int? Level, int? SecondLevel = null);

/// <summary>A deliverable item of the épreuve as the jury found it in the dossier.</summary>
public sealed record LabelledDeliverable(DeliverableItem Item, DeliverablePresence Presence);

/// <summary>The jury's grades of one dossier (labels.json), resolved against the rubric.</summary>
public sealed record CaseLabels(
    string Id,
    Epreuve Epreuve,
    string? Quality,
    IReadOnlyList<LabelledCriterion> Criteria,
    IReadOnlyList<LabelledDeliverable> Deliverables);
