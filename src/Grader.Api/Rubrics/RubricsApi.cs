namespace Grader.Api.Rubrics;

/// <summary>Read-only browsing of the référentiels: <c>/api/rubrics</c>.</summary>
internal static class RubricsApi
{
    public static void AddRubrics(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RubricsOptions>().BindConfiguration(RubricsOptions.SectionName);
        builder.Services.AddSingleton<RubricStore>();
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

        return app;
    }
}
