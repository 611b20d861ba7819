// The namespace is not Grader.Api.Providers: that would hide Grader.Pipeline.Evaluation.Model.Providers across the API.
using System.Security.Claims;
using Grader.Api.Access;
using Grader.Api.Identity;
using Grader.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Providers = Grader.Pipeline.Evaluation.Model.Providers;

namespace Grader.Api.ModelProviders;

/// <summary>
/// <c>/api/admin/providers</c>, for administrators: the language-model providers' effective settings, storing them, and
/// a connection test. Whether an API key exists is said; the key itself never leaves the service.
/// </summary>
internal static class ProvidersApi
{
    public static void AddProviderSettings(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ProviderKeyProtector>();
        builder.Services.AddSingleton<ProviderSettingsResolver>();
        builder.Services.AddSingleton<ProviderConnectionTester>();
        builder.Services.AddScoped<ProviderSettingsEditor>();
    }

    public static IEndpointRouteBuilder MapProvidersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/admin/providers").WithTags("Fournisseurs de modèle").RequireAuthorization(GraderPolicies.Administrator);

        api.MapGet("/", ListAsync).WithName("ListProviderSettings")
            .WithSummary("Réglages effectifs de chaque fournisseur de modèle et leur origine (jamais la clé)");
        api.MapPut("/{provider}", UpdateAsync).WithName("UpdateProviderSettings")
            .WithSummary("Enregistre l’adresse, le modèle et, au besoin, la clé d’API d’un fournisseur");
        api.MapPost("/{provider}/test", TestAsync).WithName("TestProviderSettings")
            .WithSummary("Essaie une courte requête au modèle avec les réglages effectifs");
        return app;
    }

    private static async Task<Ok<ProviderSettingsListDto>> ListAsync(ProviderSettingsResolver resolver, GraderDbContext db, CancellationToken ct)
    {
        var all = await resolver.ResolveAllAsync(ct);
        var authorIds = all.Select(s => s.UpdatedBy).OfType<string>().Distinct().ToList();
        var authors = await db.Users.AsNoTracking().Where(u => authorIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(ct);
        var configured = resolver.ConfiguredProvider;
        var dtos = all.Select(s =>
        {
            var author = authors.SingleOrDefault(a => a.Id == s.UpdatedBy);
            var authorName = author is null ? s.UpdatedBy : string.IsNullOrWhiteSpace(author.DisplayName) ? author.Email : author.DisplayName;
            return new ProviderSettingsDto(
                s.Provider, ProviderLabels.Of(s.Provider), s.Provider == configured, s.Options.Endpoint, s.EndpointSource, s.Options.Model, s.ModelSource,
                s.HasApiKey, s.ApiKeySource, s.UpdatedAt, authorName, s.Revision);
        }).ToList();
        return TypedResults.Ok(new ProviderSettingsListDto(configured, Providers.UsesLanguageModel(configured), dtos));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string provider, UpdateProviderSettingsRequest request, ClaimsPrincipal caller, ProviderSettingsEditor editor, CancellationToken ct)
    {
        if (UnknownProvider(provider) is { } unknown)
        {
            return unknown;
        }

        var name = Providers.Normalize(provider);
        var errors = ProviderSettingsRequestValidator.Validate(name, request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(
                errors, "Les réglages du fournisseur ne sont pas valides : corrigez les champs signalés.", title: "Requête invalide",
                type: "https://grader.local/problems/invalid-provider-settings",
                extensions: new Dictionary<string, object?> { ["code"] = "invalid-provider-settings" });
        }

        if (!await editor.SaveAsync(name, request, caller.UserId(), ct))
        {
            return Problem(StatusCodes.Status409Conflict, "provider-settings-conflict", "Conflit de modification",
                "Un autre administrateur vient d’enregistrer les réglages de ce fournisseur : rechargez la page puis recommencez.");
        }

        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<ProviderTestResultDto>, ProblemHttpResult>> TestAsync(
        string provider, ProviderSettingsResolver resolver, ProviderConnectionTester tester, CancellationToken ct)
    {
        if (UnknownProvider(provider) is { } unknown)
        {
            return unknown;
        }

        var settings = await resolver.ResolveAsync(provider, ct);
        return TypedResults.Ok(await tester.TestAsync(settings, ct));
    }

    private static ProblemHttpResult? UnknownProvider(string provider)
    {
        var name = Providers.Normalize(provider);
        if (name == Providers.Offline)
        {
            return Problem(StatusCodes.Status400BadRequest, "offline-provider", "Requête invalide",
                "Le mode hors ligne n’utilise aucun modèle de langage : il n’a ni adresse, ni modèle, ni clé à régler.");
        }

        return ProviderSettingsResolver.Editable.Contains(name)
            ? null
            : Problem(StatusCodes.Status400BadRequest, "unknown-provider-name", "Requête invalide",
                $"Fournisseur inconnu ; valeurs possibles : {string.Join(", ", ProviderSettingsResolver.Editable)}.");
    }

    private static ProblemHttpResult Problem(int status, string code, string title, string detail)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Type = $"https://grader.local/problems/{code}" };
        problem.Extensions["code"] = code;
        return TypedResults.Problem(problem);
    }
}
