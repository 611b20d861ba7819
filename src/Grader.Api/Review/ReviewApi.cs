using System.Security.Claims;
using Grader.Api.Access;
using Grader.Api.Identity;
using Grader.Pipeline.Calibration.Profiles;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Review;

/// <summary>
/// The juror's review: the grid, decisions per compétence, finalisation and reopening (<c>/api/dossiers/{id}/…</c>), and the
/// pedagogical team's bloc rule (<c>/api/sessions/{id}/bloc-rule</c>). The policy says who may call; the resource check says on which dossier.
/// </summary>
public static class ReviewApi
{
    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder app)
    {
        var dossiers = app.MapGroup("/api/dossiers/{dossierId:guid}").WithTags("Relecture par le jury");

        dossiers.MapGet("/review", GetGridAsync)
            .RequireAuthorization(GraderPolicies.FeedbackEditor)
            .WithName("GetReviewGrid")
            .WithSummary("Grille de relecture : proposition de l’IA et décision du jury par compétence, livrables, signalements, décision de bloc");

        dossiers.MapPut("/decisions/{code}", RecordDecisionAsync)
            .RequireAuthorization(GraderPolicies.Juror)
            .WithName("RecordDecision")
            .WithSummary("Enregistrer le niveau et le commentaire du jury pour une compétence (version lue obligatoire pour modifier)");

        dossiers.MapPost("/finalise", FinaliseAsync)
            .RequireAuthorization(GraderPolicies.Juror)
            .WithName("FinaliseGrid")
            .WithSummary("Finaliser la grille : confirmer ou modifier (avec motif) la décision de bloc calculée");

        dossiers.MapPost("/reopen", ReopenAsync)
            .RequireAuthorization(GraderPolicies.Juror)
            .WithName("ReopenGrid")
            .WithSummary("Rouvrir une grille finalisée, avec un motif conservé dans l’historique");

        app.MapPut("/api/sessions/{sessionId:guid}/bloc-rule", SetBlocRuleAsync)
            .RequireAuthorization(GraderPolicies.Pedagogy)
            .WithTags("Sessions")
            .WithName("SetBlocRule")
            .WithSummary("Régler la part de compétences acquises requise pour proposer un bloc « acquis »");

        return app;
    }

    private static async Task<Ok<ReviewGridDto>> GetGridAsync(
        Guid dossierId, ClaimsPrincipal user, [FromServices] IResourceAccess access, [FromServices] ReviewSnapshotLoader loader,
        [FromServices] CalibrationProfileStore calibration, CancellationToken cancellationToken)
    {
        try
        {
            await access.EnsureCanReviewDossierAsync(user, dossierId, cancellationToken);
        }
        catch (AccessDeniedException) when (user.OverseesAllSessions())
        {
            // The pedagogical team and administrators read the grid (to follow up a disagreement) but never decide;
            // they see every proposal, since blind-first protects the jurors' judgement, not theirs.
            await access.EnsureCanReadDossierAsync(user, dossierId, cancellationToken);
            var read = await loader.LoadAsync(dossierId, cancellationToken);
            return TypedResults.Ok(ReviewGridBuilder.Build(read, revealProposals: true, calibration.Watches(read.Rubric.Rubric)));
        }

        var snapshot = await loader.LoadAsync(dossierId, cancellationToken);
        return TypedResults.Ok(ReviewGridBuilder.Build(snapshot, watches: calibration.Watches(snapshot.Rubric.Rubric)));
    }

    private static async Task<Results<Ok<CompetenceReviewDto>, BadRequest<ProblemDetails>, Conflict<ProblemDetails>>> RecordDecisionAsync(
        Guid dossierId, string code, RecordDecisionRequest body, HttpRequest request, ClaimsPrincipal user,
        [FromServices] IResourceAccess access, [FromServices] DecisionRecorder recorder, CancellationToken cancellationToken)
    {
        await access.EnsureCanReviewDossierAsync(user, dossierId, cancellationToken);
        var withVersion = body with { Version = IfMatchVersion.Resolve(body.Version, request) };
        return (await recorder.RecordAsync(dossierId, code, withVersion, user.UserId(), cancellationToken)).ToHttpResult();
    }

    private static async Task<Results<Ok<GridStateDto>, BadRequest<ProblemDetails>, Conflict<ProblemDetails>>> FinaliseAsync(
        Guid dossierId, FinaliseRequest body, HttpRequest request, ClaimsPrincipal user,
        [FromServices] IResourceAccess access, [FromServices] GridFinaliser finaliser, CancellationToken cancellationToken)
    {
        await access.EnsureCanReviewDossierAsync(user, dossierId, cancellationToken);
        var withVersion = body with { Version = IfMatchVersion.Resolve(body.Version, request) };
        return (await finaliser.FinaliseAsync(dossierId, withVersion, user.UserId(), cancellationToken)).ToHttpResult();
    }

    private static async Task<Results<Ok<GridStateDto>, BadRequest<ProblemDetails>, Conflict<ProblemDetails>>> ReopenAsync(
        Guid dossierId, ReopenRequest body, HttpRequest request, ClaimsPrincipal user,
        [FromServices] IResourceAccess access, [FromServices] GridReopener reopener, CancellationToken cancellationToken)
    {
        await access.EnsureCanReviewDossierAsync(user, dossierId, cancellationToken);
        var withVersion = body with { Version = IfMatchVersion.Resolve(body.Version, request) };
        return (await reopener.ReopenAsync(dossierId, withVersion, user.UserId(), cancellationToken)).ToHttpResult();
    }

    private static async Task<Results<Ok<BlocRuleDto>, BadRequest<ProblemDetails>, Conflict<ProblemDetails>>> SetBlocRuleAsync(
        Guid sessionId, BlocRuleRequest body, ClaimsPrincipal user,
        [FromServices] IResourceAccess access, [FromServices] BlocRuleEditor editor, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadSessionAsync(user, sessionId, cancellationToken);
        return (await editor.SetAsync(sessionId, body, user.UserId(), cancellationToken)).ToHttpResult();
    }
}
