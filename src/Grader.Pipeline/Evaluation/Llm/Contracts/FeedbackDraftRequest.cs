using Grader.Pipeline.Indexing;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>A formative feedback draft for one compétence, built on the pre-assessment's findings.</summary>
/// <param name="Findings">What the assessment found — strengths, gaps, rationale — in French, written by the orchestrator.</param>
/// <param name="ScoreAllowed">Whether the session lets feedback mention a level; false by default.</param>
public sealed record FeedbackDraftRequest(
    Epreuve Epreuve,
    Competence Competence,
    RubricContext Rubric,
    DossierContext Dossier,
    string Findings,
    IReadOnlyList<SearchHit> Passages,
    bool ScoreAllowed = false,
    int Sample = 0);
