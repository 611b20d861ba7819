using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Grader.Api.Audit;
using Grader.Persistence;
using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.DataRights;

/// <summary>
/// Writes a candidate's export archive straight to the response, one part after another: each dossier's rows are read
/// when its turn comes, each pre-assessment on its own, files are copied from disk and the journal is read in
/// batches, so memory stays bounded however large the dossiers and however long the history. Asynchronous all the
/// way, as the server refuses synchronous writes.
/// </summary>
internal sealed class CandidateArchiveWriter(GraderDbContext db, FileStoreLocation store, TimeProvider clock)
{
    private const int JournalBatch = 500;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // The archive is read as files, not embedded in a page: accents stay readable instead of \u00e9.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public async Task WriteAsync(Guid candidateId, Stream output, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.AsNoTracking().SingleAsync(c => c.Id == candidateId, cancellationToken);
        var now = clock.GetUtcNow();
        await using var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8, cancellationToken);

        await WriteTextAsync(zip, ExportReadme.FileName, ExportReadme.Text(candidate.PseudonymousId, now), cancellationToken);
        var dossierIds = await db.Dossiers.AsNoTracking().Where(d => d.CandidateId == candidateId)
            .OrderBy(d => d.CreatedAt).Select(d => d.Id).ToListAsync(cancellationToken);
        await WriteJsonAsync(zip, "candidat.json", await CandidateAsync(candidate, dossierIds, now, cancellationToken), cancellationToken);
        foreach (var dossierId in dossierIds)
        {
            await WriteDossierAsync(zip, dossierId, cancellationToken);
        }

        await WriteJournalAsync(zip, candidateId, cancellationToken);
    }

    private async Task<CandidateDocument> CandidateAsync(Candidate candidate, IReadOnlyList<Guid> dossierIds, DateTimeOffset now, CancellationToken ct)
    {
        var account = candidate.UserId is null
            ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == candidate.UserId)
                .Select(u => new AccountDocument(u.Id, u.Email, u.DisplayName, u.CreatedAt)).FirstOrDefaultAsync(ct);
        var enrolments = await db.Enrolments.AsNoTracking().Where(e => e.CandidateId == candidate.Id)
            .Join(db.Sessions, e => e.SessionId, s => s.Id, (e, s) => new EnrolmentDocument(s.Id, s.Name, e.EnrolledAt, s.ClosesAt, s.RetentionDays))
            .ToListAsync(ct);
        return new CandidateDocument(candidate.Id, candidate.PseudonymousId, candidate.FullName, candidate.Email, candidate.ExternalId,
            candidate.CreatedAt, account, enrolments.OrderBy(e => e.EnrolledAt).ToList(), dossierIds, now);
    }

    private async Task WriteDossierAsync(ZipArchive zip, Guid dossierId, CancellationToken ct)
    {
        var folder = $"dossiers/{dossierId}";
        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Files).Include(d => d.Session).SingleAsync(d => d.Id == dossierId, ct);

        var files = new List<FileDocument>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in dossier.Files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var source = store.Resolve(file.StoragePath);
            string? archivePath = null;
            if (source is not null && File.Exists(source))
            {
                archivePath = $"{folder}/fichiers/{UniqueName(names, file.Name)}";
                await CopyFileAsync(zip, archivePath, source, ct);
            }

            files.Add(new FileDocument(file.Id, file.Name, file.Format, file.SizeBytes, file.Sha256, archivePath));
        }

        var preAssessments = new List<string>();
        var recordIds = await db.PreAssessments.AsNoTracking().Where(p => p.DossierId == dossierId)
            .OrderBy(p => p.CreatedAt).Select(p => p.Id).ToListAsync(ct);
        foreach (var recordId in recordIds)
        {
            // One at a time: a pre-assessment's JSON carries every criterion's evidence and can be large.
            var json = await db.PreAssessments.AsNoTracking().Where(p => p.Id == recordId).Select(p => p.Json).SingleAsync(ct);
            var path = $"{folder}/pre-evaluations/{recordId}.json";
            await WriteTextAsync(zip, path, json, ct);
            preAssessments.Add(path);
        }

        var processing = await db.ProcessingJobs.AsNoTracking().Where(j => j.DossierId == dossierId).OrderBy(j => j.CreatedAt)
            .Select(j => new ProcessingDocument(j.State, j.Stage, j.Attempts, j.FailureReason, j.CreatedAt, j.FinishedAt)).ToListAsync(ct);
        await WriteJsonAsync(zip, $"{folder}/dossier.json", new DossierDocument(
            dossier.Id, dossier.SessionId, dossier.Session?.Name ?? "", dossier.Epreuve, dossier.Status, dossier.CreatedAt, dossier.ContentHash,
            files, processing, preAssessments), ct);

        var decisions = await db.Decisions.AsNoTracking().Where(d => d.DossierId == dossierId).OrderBy(d => d.CriterionCode)
            .Select(d => new DecisionDocument(d.CriterionCode, d.Level, d.BlindLevel, d.Comment, d.PreAssessmentRecordId, d.AuthorUserId, d.DecidedAt))
            .ToListAsync(ct);
        await WriteJsonAsync(zip, $"{folder}/decisions.json", decisions, ct);

        var grid = await db.FinalGrids.AsNoTracking().Include(g => g.Reopenings).SingleOrDefaultAsync(g => g.DossierId == dossierId, ct);
        if (grid is not null)
        {
            await WriteJsonAsync(zip, $"{folder}/grille-finale.json", new FinalGridDocument(
                grid.BlocDecision, grid.ComputedDecision, grid.DecisionReason, grid.IsFinal, grid.FinalisedBy, grid.FinalisedAt,
                grid.Reopenings.OrderBy(r => r.ReopenedAt).Select(r => new ReopeningDocument(r.Reason, r.ReopenedBy, r.ReopenedAt)).ToList()), ct);
        }

        var draft = await db.FeedbackDrafts.AsNoTracking().Where(f => f.DossierId == dossierId)
            .Select(f => new FeedbackDraftDocument(f.Text, f.EditedBy != null, f.UpdatedAt)).SingleOrDefaultAsync(ct);
        var releases = await db.FeedbackReleases.AsNoTracking().Where(r => r.DossierId == dossierId)
            .Select(r => new FeedbackReleaseDocument(r.Text, r.ReleasedBy, r.ReleasedAt)).ToListAsync(ct);
        await WriteJsonAsync(zip, $"{folder}/retours.json", new FeedbackDocument(draft, releases.OrderBy(r => r.ReleasedAt).ToList()), ct);
    }

    private async Task WriteJournalAsync(ZipArchive zip, Guid candidateId, CancellationToken ct)
    {
        var entry = zip.CreateEntry("journal.json", CompressionLevel.Optimal);
        await using var stream = await entry.OpenAsync(ct);
        await using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Json.Encoder });
        writer.WriteStartArray();
        long after = 0;
        while (true)
        {
            var from = after;
            var batch = await db.AuditEntries.AsNoTracking().Where(a => a.CandidateId == candidateId && a.Sequence > from)
                .OrderBy(a => a.Sequence).Take(JournalBatch).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var audit in batch)
            {
                JsonSerializer.Serialize(writer, AuditEntryDto.From(audit), Json);
            }

            await writer.FlushAsync(ct);
            after = batch[^1].Sequence;
        }

        writer.WriteEndArray();
        await writer.FlushAsync(ct);
    }

    private static async Task WriteJsonAsync<T>(ZipArchive zip, string path, T document, CancellationToken ct)
    {
        await using var stream = await zip.CreateEntry(path, CompressionLevel.Optimal).OpenAsync(ct);
        await JsonSerializer.SerializeAsync(stream, document, Json, ct);
    }

    private static async Task WriteTextAsync(ZipArchive zip, string path, string text, CancellationToken ct)
    {
        await using var stream = await zip.CreateEntry(path, CompressionLevel.Optimal).OpenAsync(ct);
        await stream.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
    }

    private static async Task CopyFileAsync(ZipArchive zip, string path, string source, CancellationToken ct)
    {
        await using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 81920, useAsync: true);
        await using var stream = await zip.CreateEntry(path, CompressionLevel.Optimal).OpenAsync(ct);
        await input.CopyToAsync(stream, ct);
    }

    // The name the candidate gave, stripped of any folder part and of characters archives and file systems refuse;
    // two files of the same name get « (2) », « (3) ».
    private static string UniqueName(HashSet<string> taken, string name)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['\\', '/', ':']).ToHashSet();
        var clean = new string(Path.GetFileName(name.Replace('\\', '/')).Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim();
        if (clean.Length == 0 || clean is "." or "..")
        {
            clean = "fichier";
        }

        var candidate = clean;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{Path.GetFileNameWithoutExtension(clean)} ({n}){Path.GetExtension(clean)}";
        }

        return candidate;
    }
}
