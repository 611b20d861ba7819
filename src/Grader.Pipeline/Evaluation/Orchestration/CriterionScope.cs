using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Verification;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Guidelines;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>What every compétence of one evaluation shares: the épreuve, rubric, dossier as the provider may see it, the rules, and the pedagogical team's guidelines.</summary>
public sealed record CriterionScope(
    Epreuve Epreuve,
    RubricContext Rubric,
    DossierContext ProtectedDossier,
    int Samples,
    bool Offline,
    ProviderPrivacy Privacy,
    EvidencePolicy Policy,
    GuidelineSet? Guidelines = null)
{
    /// <summary>The pedagogical team's guidance for a compétence, when the run has some for it.</summary>
    public CompetenceGuidance? GuidanceFor(Competence competence) => Guidelines?.For(competence.Id);
}
