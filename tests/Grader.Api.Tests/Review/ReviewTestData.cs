using Grader.Api.Rubrics;
using Grader.Persistence;
using Grader.Persistence.Entities;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Rubrics;
using Microsoft.Extensions.Options;
using DossierFile = Grader.Pipeline.Evaluation.Model.DossierFile;

namespace Grader.Api.Tests.Review;

/// <summary>
/// A dossier for épreuve E2 of the shipped référentiel with an offline-style pre-assessment proposing a level for each of its
/// compétences, stored the way the processing job stores it.
/// </summary>
internal static class ReviewTestData
{
    public const string Epreuve = "e2";

    public static RubricStore Rubrics { get; } = new(Options.Create(new RubricsOptions()), Microsoft.Extensions.Logging.Abstractions.NullLogger<RubricStore>.Instance);

    public static RubricIndex Rubric => Rubrics.Get("developpement-commercial");

    public static IReadOnlyList<Competence> Competences(string epreuve = Epreuve) =>
        Rubric.GetEpreuve(epreuve).CompetenceIds.Select(id => Rubric.FindCompetence(id)!.Competence).ToList();

    /// <summary>A proposal per compétence: level 2 (acquis) with a verified quote, except oral-only ones (no level).</summary>
    public static PreAssessment PreAssessment(string epreuve = Epreuve, int proposedLevel = 2)
    {
        var rubric = Rubric;
        var e = rubric.GetEpreuve(epreuve);
        var criteria = Competences(epreuve).Select(c =>
        {
            var assessable = c.Assessment.Mode.ToAssessable();
            return new CriterionAssessment
            {
                Code = c.SourceCode,
                CompetenceId = c.Id,
                Assessable = assessable,
                Level = assessable.IsOralOnly() ? null : proposedLevel,
                Confidence = assessable.IsOralOnly() ? null : 0.6,
                Rationale = $"Éléments relevés pour {c.SourceCode}",
                Evidence = [new EvidenceQuote { Quote = "Le plan d’actions cible trois segments.", Page = 4, Verified = true }],
                Missing = ["Indicateurs chiffrés"],
                Feedback = $"Pour {c.SourceCode}, précisez vos indicateurs.",
                OralQuestions = ["Comment avez-vous choisi vos cibles ?"],
                Flags = [new AssessmentFlag { Kind = AssessmentFlagKinds.Heuristic, Criterion = c.SourceCode, Detail = "Niveau heuristique." }],
            };
        }).ToList();
        return new PreAssessment
        {
            Epreuve = e.Id,
            EpreuveSourceCode = e.SourceCode,
            EpreuveTitle = e.Title,
            RubricId = rubric.Rubric.Id,
            RubricVersion = rubric.Rubric.Version,
            RubricFingerprint = new string('f', 64),
            Provider = Providers.Offline,
            LanguageModelUsed = false,
            Notice = AssessmentNotices.Offline,
            Dossier = new DossierDescription([new DossierFile("dossier.pdf", "pdf", 12, new string('a', 64))]),
            Criteria = criteria,
            Deliverables = [new DeliverableAssessment { Item = "l’analyse du marché et de la concurrence,", ItemId = "e2.d1", Present = DeliverablePresence.Present }],
            Flags = OverallFlags.Compute([new AssessmentFlag { Kind = AssessmentFlagKinds.HiddenText, Page = 3, Detail = "Texte blanc sur blanc." }], criteria),
            CandidateFeedback = "Votre dossier aborde la plupart des attendus.",
            Provenance = new Provenance
            {
                RubricVersion = rubric.Rubric.Version,
                RubricFingerprint = new string('f', 64),
                StartedAt = DateTimeOffset.UtcNow,
                GraderVersion = "test",
            },
        };
    }

    /// <summary>Adds a session (unless given), a candidate, a pre-assessed dossier and its pre-assessment; returns the dossier.</summary>
    public static async Task<Dossier> SeedDossierAsync(
        GraderDbContext db, CertificationSession? session = null, Guid? candidateId = null, string epreuve = Epreuve, bool blindFirst = false)
    {
        session ??= new CertificationSession
        {
            Name = "Session de juin",
            RubricId = "developpement-commercial",
            RubricVersion = Rubric.Rubric.Version,
            Epreuves = [epreuve],
            Provider = Providers.Offline,
            BlindFirstReview = blindFirst,
        };
        if (db.Entry(session).State == Microsoft.EntityFrameworkCore.EntityState.Detached && !db.Sessions.Any(s => s.Id == session.Id))
        {
            db.Sessions.Add(session);
        }

        var candidate = candidateId is null ? new Candidate { PseudonymousId = "cand-" + Guid.NewGuid().ToString("N")[..8], FullName = "Camille Durand" } : null;
        if (candidate is not null)
        {
            db.Candidates.Add(candidate);
        }

        var dossier = new Dossier
        {
            SessionId = session.Id,
            CandidateId = candidateId ?? candidate!.Id,
            Epreuve = epreuve,
            ContentHash = Guid.NewGuid().ToString("N"),
            Status = DossierStatus.PreAssessed,
        };
        db.Dossiers.Add(dossier);
        db.PreAssessments.Add(PreAssessmentRecord.Create(dossier.Id, PreAssessment(epreuve), DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
        return dossier;
    }
}
