using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Grader.Api.Infrastructure.OpenApi;

/// <summary>The document's French title and description, and the bearer scheme signed-in requests use.</summary>
internal sealed class GraderDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string BearerScheme = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Grader — API de pré-évaluation des dossiers",
            Version = context.DocumentName,
            Description =
                "Grader prépare, pour les jurys de la certification, une pré-évaluation des dossiers écrits des candidats : "
                + "un niveau proposé par compétence, sa justification, des citations vérifiées avec leur page, ce qui manque "
                + "et des questions pour l’oral. Le jury décide. Les erreurs sont des « problem details » (RFC 9457) en français, "
                + "avec un `detail` lisible et un `code` stable ; les routes protégées demandent un jeton porteur (Bearer).",
        };

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            In = ParameterLocation.Header,
            Description = "Jeton d’accès obtenu à la connexion, envoyé dans l’en-tête « Authorization: Bearer … ».",
        };
        return Task.CompletedTask;
    }
}
