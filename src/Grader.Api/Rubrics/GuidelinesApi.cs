using System.Security.Claims;
using Grader.Api.Access;
using Grader.Api.Identity;
using Grader.Api.Review;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Rubrics;

/// <summary>
/// The pedagogical team's correction guidelines and anchor examples of a rubric: <c>/api/rubrics/{id}/guidelines</c>.
/// Hidden from candidates (they would teach to the test): jurors, the pedagogical team and administrators read them;
/// the pedagogical team (and administrators) publish a new version.
/// </summary>
public static class GuidelinesApi
{
    public static void AddGuidelines(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GuidelinesOptions>().BindConfiguration(GuidelinesOptions.SectionName);
        builder.Services.AddSingleton<GuidelinesStore>();
    }

    public static IEndpointRouteBuilder MapGuidelinesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/rubrics/{rubricId}/guidelines").WithTags("Référentiels");

        // Jurors read them to understand the proposals; FeedbackEditor is exactly jurors + pedagogy + administrators.
        api.MapGet("/", (string rubricId, GuidelinesStore store) => TypedResults.Ok(store.Read(rubricId)))
            .RequireAuthorization(GraderPolicies.FeedbackEditor)
            .WithName("GetGuidelines")
            .WithSummary("Consignes de correction et exemples d’ancrage en vigueur (jamais montrés aux candidats)");

        api.MapPut("/", PublishAsync)
            .RequireAuthorization(GraderPolicies.Pedagogy)
            .WithName("PublishGuidelines")
            .WithSummary("Publier une nouvelle version des consignes (version mineure suivante ; les versions publiées ne sont jamais réécrites)");

        return app;
    }

    private static async Task<Results<Ok<GuidelinesDto>, BadRequest<ProblemDetails>, Conflict<ProblemDetails>>> PublishAsync(
        string rubricId, GuidelinesUpdateRequest body, ClaimsPrincipal user, [FromServices] GuidelinesStore store, CancellationToken cancellationToken) =>
        (await store.PublishAsync(rubricId, body, user.UserId(), cancellationToken)).ToHttpResult();
}
