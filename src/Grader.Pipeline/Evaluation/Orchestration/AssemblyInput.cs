using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>Everything the assembly needs from the run, gathered by the service.</summary>
public sealed record AssemblyInput(
    Rubric Rubric,
    RubricContext RubricContext,
    Epreuve Epreuve,
    string Provider,
    LlmOptions Llm,
    int Samples,
    PreparedDossier Dossier,
    IReadOnlyList<CriterionRun> Criteria,
    DeliverablesAssessor.Result Deliverables,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    IReadOnlyList<StageTiming> Timings,
    GuidelinesReference? Guidelines = null);
