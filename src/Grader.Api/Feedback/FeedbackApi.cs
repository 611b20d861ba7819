using System.Security.Claims;
using Grader.Api.Access;
using Grader.Api.Identity;
using Grader.Api.Review;
using Grader.Api.Rubrics;
using Grader.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Feedback;

/// <summary>
/// Candidate feedback: jurors and the pedagogical team edit and release it; the candidate reads what was released, as
/// JSON or as a Word document.
/// </summary>
public static class FeedbackApi
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IEndpointRouteBuilder MapFeedbackApi(this IEndpointRouteBuilder app)
    {
        var editors = app.MapGroup("/api/dossiers/{dossierId:guid}/feedback").WithTags("Retours aux candidats").RequireAuthorization(GraderPolicies.FeedbackEditor);

        editors.MapGet("/draft", GetDraftAsync)
            .WithName("GetFeedbackDraft")
            .WithSummary("Brouillon du retour au candidat, avec sa version");

        editors.MapPut("/draft", SaveDraftAsync)
            .WithName("SaveFeedbackDraft")
            .WithSummary("Modifier le brouillon du retour (version lue obligatoire)");

        editors.MapPost("/release", ReleaseAsync)
            .WithName("ReleaseFeedback")
            .WithSummary("Publier le retour au candidat (le texte publié est conservé)");

        var readers = app.MapGroup("/api/dossiers/{dossierId:guid}").WithTags("Retours aux candidats").RequireAuthorization(GraderPolicies.SignedIn);

        readers.MapGet("/feedback", GetReleasedAsync)
            .WithName("GetReleasedFeedback")
            .WithSummary("Retour publié pour le candidat : le plus récent et l’historique");

        readers.MapGet("/feedback.docx", GetReleasedDocxAsync)
            .WithName("DownloadReleasedFeedback")
            .WithSummary("Retour publié au format Word");

        return app;
    }

    private static async Task<Results<Ok<FeedbackDraftDto>, BadRequest<ProblemDetails>, Conflict<ProblemDetails>>> GetDraftAsync(
        Guid dossierId, ClaimsPrincipal user, [FromServices] IResourceAccess access, [FromServices] BlindFeedbackGate blind,
        [FromServices] FeedbackDraftSource source, CancellationToken cancellationToken)
    {
        await access.EnsureCanEditFeedbackAsync(user, dossierId, cancellationToken);
        if (await blind.RefusalAsync(user, dossierId, cancellationToken) is { } refused)
        {
            return Outcome.Failure<FeedbackDraftDto>(refused).ToHttpResult();
        }

        var draft = (await source.GetAsync(dossierId, cancellationToken)).ToDto();
        return TypedResults.Ok(draft with { LastRelease = await source.LatestReleaseAsync(dossierId, cancellationToken) });
    }

    private static async Task<Results<Ok<FeedbackDraftDto>, BadRequest<ProblemDetails>, Conflict<ProblemDetails>>> SaveDraftAsync(
        Guid dossierId, SaveFeedbackDraftRequest body, HttpRequest request, ClaimsPrincipal user,
        [FromServices] IResourceAccess access, [FromServices] BlindFeedbackGate blind, [FromServices] FeedbackDraftEditor editor, CancellationToken cancellationToken)
    {
        await access.EnsureCanEditFeedbackAsync(user, dossierId, cancellationToken);
        if (await blind.RefusalAsync(user, dossierId, cancellationToken) is { } refused)
        {
            return Outcome.Failure<FeedbackDraftDto>(refused).ToHttpResult();
        }

        var withVersion = body with { Version = IfMatchVersion.Resolve(body.Version, request) };
        return (await editor.SaveAsync(dossierId, withVersion, user.UserId(), cancellationToken)).ToHttpResult();
    }

    private static async Task<Results<Ok<FeedbackReleaseDto>, BadRequest<ProblemDetails>, Conflict<ProblemDetails>>> ReleaseAsync(
        Guid dossierId, [FromBody] ReleaseFeedbackRequest? body, HttpRequest request, ClaimsPrincipal user,
        [FromServices] IResourceAccess access, [FromServices] FeedbackReleaser releaser, CancellationToken cancellationToken)
    {
        await access.EnsureCanEditFeedbackAsync(user, dossierId, cancellationToken);
        var seen = IfMatchVersion.Resolve(body?.DraftVersion, request);
        return (await releaser.ReleaseAsync(dossierId, seen, user.UserId(), cancellationToken)).ToHttpResult();
    }

    private static async Task<Ok<CandidateFeedbackDto>> GetReleasedAsync(
        Guid dossierId, ClaimsPrincipal user, [FromServices] FeedbackReadAccess access, [FromServices] CandidateFeedbackReader reader, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadReleasedAsync(user, dossierId, cancellationToken);
        return TypedResults.Ok(await reader.GetAsync(dossierId, cancellationToken));
    }

    private static async Task<FileContentHttpResult> GetReleasedDocxAsync(
        Guid dossierId, ClaimsPrincipal user, [FromServices] FeedbackReadAccess access, [FromServices] CandidateFeedbackReader reader,
        [FromServices] GraderDbContext db, [FromServices] RubricStore rubrics, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadReleasedAsync(user, dossierId, cancellationToken);
        var feedback = await reader.GetAsync(dossierId, cancellationToken);
        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Candidate).Include(d => d.Session).SingleAsync(d => d.Id == dossierId, cancellationToken);
        var epreuveCode = rubrics.Get(dossier.Session!.RubricId).FindEpreuve(dossier.Epreuve)?.SourceCode ?? dossier.Epreuve;
        var bytes = FeedbackDocxWriter.Write(feedback, epreuveCode, dossier.Candidate?.PseudonymousId ?? "");
        return TypedResults.File(bytes, DocxContentType, $"retour-{dossier.Epreuve}-{dossier.Candidate?.PseudonymousId}.docx");
    }
}
