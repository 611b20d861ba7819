using Grader.Persistence.Entities;
using Grader.Pipeline.Evaluation.Model;
using DossierFile = Grader.Persistence.Entities.DossierFile;

namespace Grader.Api.Tests.Persistence;

/// <summary>Small, valid rows for the persistence tests.</summary>
internal static class SampleData
{
    public static CertificationSession Session(string name) => new()
    {
        Name = name,
        RubricId = "developpement-commercial",
        RubricVersion = "1.1.0",
        Epreuves = ["e2", "e3"],
        Provider = Providers.Offline,
        ReleasePolicy = ReleasePolicy.AfterReview,
        Mode = SessionMode.Certifying,
        RetentionDays = 730,
    };

    public static Candidate Candidate() => new()
    {
        PseudonymousId = "cand-" + Guid.NewGuid().ToString("N")[..12],
        FullName = "Camille Durand",
        Email = "camille.durand@example.fr",
    };

    public static Dossier Dossier(CertificationSession session, Candidate candidate, string contentHash, DateTimeOffset createdAt) => new()
    {
        Session = session,
        Candidate = candidate,
        Epreuve = "e2",
        ContentHash = contentHash,
        CreatedAt = createdAt,
        Files =
        [
            new DossierFile { Name = "dossier.pdf", Format = "pdf", SizeBytes = 120_000, Sha256 = new string('a', 64), StoragePath = "files/a/dossier.pdf" },
            new DossierFile { Name = "annexes.docx", Format = "docx", SizeBytes = 40_000, Sha256 = new string('b', 64), StoragePath = "files/b/annexes.docx" },
        ],
    };

    public static PreAssessment PreAssessment(string model, int level) => new()
    {
        Epreuve = "e2",
        EpreuveSourceCode = "E2",
        RubricId = "developpement-commercial",
        RubricVersion = "1.1.0",
        RubricFingerprint = new string('f', 64),
        Provider = Providers.OpenAICompatible,
        LanguageModelUsed = true,
        Notice = "Pré-évaluation : proposition à valider par le jury.",
        Dossier = new DossierDescription([new Pipeline.Evaluation.Model.DossierFile("dossier.pdf", "pdf", 30, new string('a', 64))]),
        Criteria =
        [
            new CriterionAssessment { Code = "C.2.2.4.", CompetenceId = "c-2-2-4", Assessable = Assessable.Written, Level = level, Confidence = 0.7, Rationale = "Analyse du portefeuille client." },
        ],
        Provenance = new Provenance
        {
            Model = model,
            Prompts = [new PromptReference("evaluate-criterion", "3", new string('c', 64))],
            RubricVersion = "1.1.0",
            RubricFingerprint = new string('f', 64),
            StartedAt = DateTimeOffset.UtcNow,
            GraderVersion = "test",
        },
    };
}
