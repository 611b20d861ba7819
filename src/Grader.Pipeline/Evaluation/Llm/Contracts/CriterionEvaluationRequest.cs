using Grader.Pipeline.Indexing;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Guidelines;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>One compétence of one épreuve to pre-assess against its criteria, with the passages retrieved for it.</summary>
/// <param name="Guidance">The pedagogical team's hidden correction guidelines and anchor examples for this compétence, if any.</param>
/// <param name="Sample">0 for a single draw; self-consistency draws 0…N-1, each cached apart.</param>
public sealed record CriterionEvaluationRequest(
    Epreuve Epreuve,
    Competence Competence,
    RubricContext Rubric,
    DossierContext Dossier,
    IReadOnlyList<SearchHit> Passages,
    CompetenceGuidance? Guidance = null,
    int Sample = 0);
