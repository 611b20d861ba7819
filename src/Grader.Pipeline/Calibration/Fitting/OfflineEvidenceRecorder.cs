using System.Collections.Concurrent;
using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Offline;

namespace Grader.Pipeline.Calibration.Fitting;

/// <summary>
/// Collects the evidence of each compétence while one case is evaluated; <see cref="Drain"/> after the case hands it over.
/// Cases are evaluated one at a time (their compétences concurrently), so what is drained belongs to that case.
/// </summary>
public sealed class OfflineEvidenceRecorder : IOfflineEvidenceObserver
{
    private readonly ConcurrentDictionary<string, CompetenceEvidence> observed = new(StringComparer.Ordinal);

    public void Observe(CriterionEvaluationRequest request, CompetenceEvidence evidence) => observed[request.Competence.Id] = evidence;

    public IReadOnlyDictionary<string, CompetenceEvidence> Drain()
    {
        var drained = observed.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        observed.Clear();
        return drained;
    }
}
