using Grader.Pipeline.Indexing;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>Questions for the oral: the whole compétence when only the oral can judge it, else its weak points.</summary>
/// <param name="WeakPoints">Missing elements and doubts from the written assessment; empty for oral-only compétences.</param>
public sealed record OralQuestionsRequest(
    Epreuve Epreuve,
    Competence Competence,
    RubricContext Rubric,
    DossierContext Dossier,
    IReadOnlyList<string> WeakPoints,
    IReadOnlyList<SearchHit> Passages,
    int Sample = 0);
