using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Grader.Api.Access;
using Grader.Api.Audit;
using Grader.Api.Processing;
using Grader.Api.Rubrics;
using Grader.Persistence;
using Grader.Persistence.Entities;
using Grader.Pipeline.Ingestion;
using Grader.Pipeline.Ingestion.Detection;
using Grader.Pipeline.Rubrics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Grader.Api.Dossiers;

/// <summary>
/// <c>POST /api/sessions/{sessionId}/dossiers</c>: checks the request (sizes, formats detected from the content, the
/// épreuve against the session), stores the files, records the dossier and its processing row, enqueues the job, audits.
/// </summary>
internal sealed class DossierUpload(
    GraderDbContext db,
    IResourceAccess access,
    IAuditTrail audit,
    DossierFileStore store,
    ProcessingQueue queue,
    RubricStore rubrics,
    IOptions<UploadOptions> options,
    ILogger<DossierUpload> logger)
{
    private static readonly FormatDetector Detector = new();

    public async Task<Results<Accepted<UploadAcceptedDto>, ProblemHttpResult>> HandleAsync(
        Guid sessionId, HttpRequest request, ClaimsPrincipal caller, CancellationToken ct)
    {
        var limits = options.Value;
        if (request.ContentLength > limits.MaxRequestBytes)
        {
            return UploadProblems.TooLarge($"L’envoi dépasse la taille maximale de {UploadProblems.Megabytes(limits.MaxRequestBytes)} par dépôt.");
        }

        if (!request.HasFormContentType)
        {
            return UploadProblems.Invalid("Envoyez le dossier en multipart/form-data, avec un ou plusieurs champs « files » et le champ « epreuve ».", "not-multipart");
        }

        var form = await ReadFormAsync(request, limits, ct);
        if (form is null)
        {
            return UploadProblems.TooLarge($"L’envoi dépasse la taille maximale de {UploadProblems.Megabytes(limits.MaxRequestBytes)} par dépôt.");
        }

        var candidateId = await CandidateOfAsync(form, caller, ct);
        if (candidateId is null)
        {
            return UploadProblems.Invalid("Indiquez le candidat (champ « candidateId ») pour lequel vous déposez ce dossier.", "candidate-required");
        }

        await access.EnsureCanSubmitAsync(caller, sessionId, candidateId.Value, ct);
        var session = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId, ct);

        var epreuve = ResolveEpreuve(session, form["epreuve"].ToString());
        if (epreuve.Problem is { } wrongEpreuve)
        {
            return wrongEpreuve;
        }

        var uploaded = form.Files.GetFiles("files");
        if (uploaded.Count == 0)
        {
            return UploadProblems.Invalid("Aucun fichier reçu : joignez au moins le dossier écrit (champ « files »).", "no-file");
        }

        if (uploaded.Count > limits.MaxFiles)
        {
            return UploadProblems.TooLarge($"Vous avez joint {uploaded.Count} fichiers ; un dépôt en accepte au plus {limits.MaxFiles}.");
        }

        if (uploaded.FirstOrDefault(f => f.Length > limits.MaxFileBytes) is { } tooBig)
        {
            return UploadProblems.TooLarge(
                $"Le fichier « {FileNameSanitizer.Sanitize(tooBig.FileName)} » dépasse la taille maximale de {UploadProblems.Megabytes(limits.MaxFileBytes)} par fichier.");
        }

        var dossier = new Dossier { SessionId = sessionId, CandidateId = candidateId.Value, Epreuve = epreuve.Id!, ContentHash = "", SubmittedBy = caller.UserId() };
        try
        {
            foreach (var file in uploaded)
            {
                var content = await ReadAsync(file, ct);
                var name = FileNameSanitizer.Sanitize(file.FileName);
                Grader.Pipeline.Ingestion.DocumentFormat format;
                try
                {
                    // The client's Content-Type and extension say what it claims; the bytes say what it is.
                    format = Detector.Detect(name, content);
                }
                catch (IngestionException refused)
                {
                    store.DeleteDossier(dossier.Id);
                    return refused.Kind == IngestionErrorKind.UnsupportedFormat
                        ? UploadProblems.Unsupported(refused.Message, refused.Code)
                        : UploadProblems.Invalid(refused.Message, refused.Code);
                }

                var stored = await store.SaveAsync(dossier.Id, name, content, ct);
                dossier.Files.Add(new DossierFile
                {
                    DossierId = dossier.Id, Name = stored.Name, Format = FormatCode(format), SizeBytes = stored.SizeBytes,
                    Sha256 = stored.Sha256, StoragePath = stored.StoragePath,
                });
            }

            dossier.ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', dossier.Files.Select(f => f.Sha256)))));
            var job = new ProcessingJob { DossierId = dossier.Id };
            db.Dossiers.Add(dossier);
            db.ProcessingJobs.Add(job);
            await db.SaveChangesAsync(ct);
            try
            {
                await queue.EnqueueAsync(db, job.Id, ct);
            }
            catch (Exception refused) when (refused is not OperationCanceledException)
            {
                // The dossier and its row are saved: the periodic recovery enqueues it within a minute or two.
                logger.LogError(refused, "Dossier {DossierId}: the job storage refused the enqueue; the recovery will retry.", dossier.Id);
            }

            await audit.AppendAsync(new AuditRecord(
                caller.UserId(), "dossier.uploaded", "dossier", dossier.Id.ToString(), sessionId, candidateId,
                After: new { dossier.Epreuve, dossier.ContentHash, files = dossier.Files.Select(f => new { f.Name, f.Format, f.SizeBytes, f.Sha256 }) }), ct);
            logger.LogInformation("Dossier {DossierId} uploaded ({Files} files), processing job {JobId}.", dossier.Id, dossier.Files.Count, job.Id);

            var statusUrl = $"/api/dossiers/{dossier.Id}/processing";
            return TypedResults.Accepted(statusUrl, new UploadAcceptedDto(dossier.Id, job.Id, statusUrl, statusUrl + "/events"));
        }
        catch when (!IsSaved(dossier))
        {
            // Nothing recorded: no file may stay behind without its dossier.
            store.DeleteDossier(dossier.Id);
            throw;
        }
    }

    private bool IsSaved(Dossier dossier) => db.Entry(dossier).State == EntityState.Unchanged;

    private static async Task<IFormCollection?> ReadFormAsync(HttpRequest request, UploadOptions limits, CancellationToken ct)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limits.MaxRequestBytes;
        }

        try
        {
            return await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limits.MaxRequestBytes, ValueCountLimit = 64 }, ct);
        }
        catch (Exception ex) when (ex is InvalidDataException || (ex is BadHttpRequestException bad && bad.StatusCode == StatusCodes.Status413PayloadTooLarge))
        {
            return null;
        }
    }

    // An administrator uploads on behalf of a candidate they name; a candidate uploads for the record of their account.
    private async Task<Guid?> CandidateOfAsync(IFormCollection form, ClaimsPrincipal caller, CancellationToken ct)
    {
        if (Guid.TryParse(form["candidateId"].ToString(), out var named))
        {
            return named;
        }

        return caller.IsAdministrator() ? null : await access.CandidateIdOfAsync(caller, ct);
    }

    private (string? Id, ProblemHttpResult? Problem) ResolveEpreuve(CertificationSession session, string requested)
    {
        var offered = string.Join(", ", session.Epreuves);
        if (string.IsNullOrWhiteSpace(requested))
        {
            return (null, UploadProblems.Invalid($"Indiquez l’épreuve (champ « epreuve ») ; épreuves de la session : {offered}.", "epreuve-required"));
        }

        try
        {
            var epreuve = rubrics.ForSession(session).GetEpreuve(requested.Trim());
            if (session.Epreuves.Contains(epreuve.Id, StringComparer.Ordinal))
            {
                return (epreuve.Id, null);
            }
        }
        catch (RubricException)
        {
            // Unknown in the rubric: the same answer as an épreuve the session does not take.
        }

        return (null, UploadProblems.Invalid($"L’épreuve « {requested.Trim()} » n’est pas une épreuve de cette session ; épreuves possibles : {offered}.", "unknown-epreuve"));
    }

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        var content = new byte[file.Length];
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(content, ct);
        return content;
    }

    private static string FormatCode(Grader.Pipeline.Ingestion.DocumentFormat format) => format switch
    {
        Grader.Pipeline.Ingestion.DocumentFormat.PlainText => "txt",
        Grader.Pipeline.Ingestion.DocumentFormat.Markdown => "md",
        _ => format.ToString().ToLowerInvariant(),
    };
}
