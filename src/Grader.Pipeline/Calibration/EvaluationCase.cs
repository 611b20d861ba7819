using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Calibration;

/// <summary>
/// One dossier of an evaluation set: what an evaluator needs to assess it (the file, the épreuve, the rubric)
/// and the jury's labels to compare against.
/// </summary>
public sealed record EvaluationCase(string Id, string DossierPath, Rubric Rubric, CaseLabels Labels)
{
    public Epreuve Epreuve => Labels.Epreuve;
}
