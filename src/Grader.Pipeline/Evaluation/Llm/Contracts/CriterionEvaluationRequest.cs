using Grader.Pipeline.Indexing;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>One compétence of one épreuve to pre-assess against its criteria, with the passages retrieved for it.</summary>
/// <param name="Guidelines">The pedagogical team's instructions for this compétence, if any.</param>
/// <param name="Sample">0 for a single draw; self-consistency draws 0…N-1, each cached apart.</param>
public sealed record CriterionEvaluationRequest(
    Epreuve Epreuve,
    Competence Competence,
    RubricContext Rubric,
    DossierContext Dossier,
    IReadOnlyList<SearchHit> Passages,
    string? Guidelines = null,
    int Sample = 0);
