using Grader.Pipeline.Indexing;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>The épreuve's deliverable items (all of them, nested ones included) to look for in the dossier.</summary>
public sealed record DeliverablesCheckRequest(
    Epreuve Epreuve,
    RubricContext Rubric,
    DossierContext Dossier,
    IReadOnlyList<SearchHit> Passages,
    int Sample = 0);
