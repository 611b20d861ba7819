using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Verification;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>What every compétence of one evaluation shares: the épreuve, rubric, dossier as the provider may see it, and the rules.</summary>
public sealed record CriterionScope(
    Epreuve Epreuve,
    RubricContext Rubric,
    DossierContext ProtectedDossier,
    int Samples,
    bool Offline,
    ProviderPrivacy Privacy,
    EvidencePolicy Policy);
