using System.Text;
using Grader.Api.Audit;
using Grader.Api.Tests.Persistence;
using Grader.Api.Tests.Support;
using Grader.Persistence.Entities;
using Grader.Pipeline.Indexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Api.Tests.DataRights;

/// <summary>A candidate with one dossier and everything that hangs off it, as the tests seeded it.</summary>
public sealed record SeededCandidate(
    TestSession Session, Guid DossierId, Guid PreAssessmentId, string PreAssessmentJson, IReadOnlyList<(string Name, string FullPath, byte[] Bytes)> Files)
{
    public Guid CandidateId => Session.CandidateId;
    public string DossierFolder => Path.GetDirectoryName(Files[0].FullPath)!;
}

/// <summary>
/// Seeds, for one new candidate with an account, everything the data-rights endpoints must reach: a dossier, two files
/// on disk under the file store, a processing job, a pre-assessment, a jury decision, a final grid reopened once, a
/// feedback draft and a release, indexed passages and audit entries naming the candidate (through the real chain).
/// </summary>
public static class CandidateRecordSeed
{
    public static async Task<SeededCandidate> SeedAsync(GraderApiFactory factory, CancellationToken ct)
    {
        var session = await factory.CreateSessionAsync();
        var dossierId = Guid.NewGuid();
        var root = factory.Services.GetRequiredService<IConfiguration>()["Grader:Storage:Directory"]!;
        var files = new List<(string Name, string FullPath, byte[] Bytes)>();
        var rows = new List<DossierFile>();
        foreach (var (name, format, text) in new[] { ("dossier.md", "md", "# Mon dossier\nAnalyse du portefeuille client."), ("annexe.txt", "txt", "Annexe : tableau de bord commercial.") })
        {
            var bytes = Encoding.UTF8.GetBytes(text + " " + dossierId);
            var relative = $"{dossierId}/{Guid.NewGuid():N}.{format}";
            var full = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await File.WriteAllBytesAsync(full, bytes, ct);
            files.Add((name, full, bytes));
            rows.Add(new DossierFile { Name = name, Format = format, SizeBytes = bytes.Length, Sha256 = new string('a', 64), StoragePath = relative });
        }

        var record = PreAssessmentRecord.Create(dossierId, SampleData.PreAssessment("modele-test", level: 2), DateTimeOffset.UtcNow);
        await factory.WithDbAsync(async db =>
        {
            db.Dossiers.Add(new Dossier
            {
                Id = dossierId, SessionId = session.Id, CandidateId = session.CandidateId, Epreuve = "e2", Status = DossierStatus.Finalised,
                ContentHash = new string('d', 64), SubmittedBy = session.CandidateUser.Id, Files = rows,
            });
            db.ProcessingJobs.Add(new ProcessingJob { DossierId = dossierId, State = ProcessingState.Succeeded, Stage = "done", PreAssessmentRecordId = record.Id });
            db.PreAssessments.Add(record);
            db.Decisions.Add(new JurorDecision
            {
                DossierId = dossierId, CriterionCode = "C.2.2.4.", PreAssessmentRecordId = record.Id, Level = 3, Comment = "Analyse solide.", AuthorUserId = session.Juror.Id,
            });
            db.FinalGrids.Add(new FinalGrid
            {
                DossierId = dossierId, FinalisedBy = session.Juror.Id, BlocDecision = "acquis", ComputedDecision = "non-acquis", DecisionReason = "Le jury retient l’oral.",
                Reopenings = [new FinalGridReopening { Reason = "Erreur de saisie", ReopenedBy = session.Juror.Id }],
            });
            db.FeedbackDrafts.Add(new FeedbackDraft { DossierId = dossierId, Text = "Brouillon : précisez vos indicateurs.", SourcePreAssessmentId = record.Id });
            db.FeedbackReleases.Add(new FeedbackRelease { DossierId = dossierId, Text = "Retour diffusé : précisez vos indicateurs.", ReleasedBy = session.Juror.Id });
            return await db.SaveChangesAsync(ct);
        });

        await factory.Services.GetRequiredService<IChunkIndex>().UpsertAsync(dossierId.ToString(),
        [
            new IndexedChunk(dossierId.ToString(), "c1", 0, "Analyse du portefeuille client et segmentation.", "1. Analyse", 1, 1, session.Id.ToString(), "dossier.md"),
            new IndexedChunk(dossierId.ToString(), "c2", 1, "Tableau de bord commercial et indicateurs.", "2. Pilotage", 2, 2, session.Id.ToString(), "annexe.txt"),
        ], ct);

        var audit = factory.Services.GetRequiredService<IAuditTrail>();
        await audit.AppendAsync(new AuditRecord(session.CandidateUser.Id, "dossier.uploaded", "dossier", dossierId.ToString(), session.Id, session.CandidateId,
            After: new { files = files.Select(f => f.Name), candidate = "Camille Martin" }), ct);
        await audit.AppendAsync(new AuditRecord(session.Juror.Id, "decision.recorded", "dossier", dossierId.ToString(), session.Id, session.CandidateId,
            Before: new { level = (int?)null }, After: new { level = 3, comment = "Analyse solide." }), ct);

        return new SeededCandidate(session, dossierId, record.Id, record.Json, files);
    }
}
