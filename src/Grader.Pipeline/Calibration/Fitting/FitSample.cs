using Grader.Pipeline.Evaluation.Offline;

namespace Grader.Pipeline.Calibration.Fitting;

/// <summary>One labelled compétence of one case: the jury's level and the evidence the offline evaluator read for it.</summary>
public sealed record FitSample(string Case, string CompetenceId, string Code, int Human, CompetenceEvidence Evidence);

/// <summary>Fitted cutoffs: a global set, and per compétence id where there were enough training samples.</summary>
public sealed record FittedCutoffs(LevelCutoffs Global, IReadOnlyDictionary<string, LevelCutoffs> PerCompetence)
{
    public LevelCutoffs For(string competenceId) => PerCompetence.TryGetValue(competenceId, out var own) ? own : Global;
}

/// <summary>Fits cutoffs on training samples only; cross-validation calls it once per fold.</summary>
public delegate FittedCutoffs CutoffFitter(IReadOnlyList<FitSample> training);
