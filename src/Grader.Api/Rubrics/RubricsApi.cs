using System.Security.Claims;
using Grader.Api.Access;
using Grader.Api.Identity;
using Grader.Api.Review;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Rubrics;

/// <summary>
/// Browsing the référentiels (<c>/api/rubrics</c>, public: the référentiel is a published text), and the pedagogical
/// team's one edit of it: a compétence's signals, published as a new minor version.
/// </summary>
internal static class RubricsApi
{
    public static void AddRubrics(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RubricsOptions>().BindConfiguration(RubricsOptions.SectionName);
        builder.Services.AddSingleton<RubricStore>();
        builder.Services.AddSingleton<SignalsPublisher>();
    }

    public static IEndpointRouteBuilder MapRubricsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/rubrics").WithTags("Référentiels");

        api.MapGet("/", (RubricStore store) => TypedResults.Ok(store.ListIds().Select(id => store.Get(id).Rubric.ToSummary()).ToList()))
            .WithName("ListRubrics")
            .WithSummary("Liste des référentiels avec leur version");

        api.MapGet("/{rubricId}", (string rubricId, RubricStore store) => TypedResults.Ok(store.Get(rubricId).Rubric.ToDto()))
            .WithName("GetRubric")
            .WithSummary("Un référentiel entier : blocs, activités, compétences, critères, épreuves, échelle");

        api.MapGet("/{rubricId}/competences/{code}", (string rubricId, string code, RubricStore store) =>
            {
                var index = store.Get(rubricId);
                return TypedResults.Ok(index.GetCompetence(code).ToDto(index.Rubric));
            })
            .WithName("GetCompetence")
            .WithSummary("Une compétence par son code tel qu’écrit (C.2.2.4, C3.1.1, A.4.2.3) ou son identifiant");

        api.MapGet("/{rubricId}/epreuves/{code}", (string rubricId, string code, RubricStore store) =>
                TypedResults.Ok(store.Get(rubricId).GetEpreuve(code).ToDto()))
            .WithName("GetEpreuve")
            .WithSummary("Une épreuve, ses livrables et ses compétences");

        api.MapPut("/{rubricId}/competences/{code}/signals", PublishSignalsAsync)
            .RequireAuthorization(GraderPolicies.Pedagogy)
            .WithName("PublishSignals")
            .WithSummary("Remplacer les signaux d’une compétence : publie la version mineure suivante du référentiel (409 si « baseVersion » n’est plus en vigueur)");

        return app;
    }

    private static async Task<Results<Ok<SignalsPublishedDto>, BadRequest<ProblemDetails>, Conflict<ProblemDetails>>> PublishSignalsAsync(
        string rubricId, string code, SignalsUpdateRequest body, ClaimsPrincipal user, [FromServices] SignalsPublisher publisher, CancellationToken cancellationToken) =>
        (await publisher.PublishAsync(rubricId, code, body, user.UserId(), cancellationToken)).ToHttpResult();
}
