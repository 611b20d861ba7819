using Grader.Api.Infrastructure.Problems;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Grader.Api.Identity;

/// <summary>
/// Cross-site request forgery protection for the web application. A browser attaches the sign-in cookie to any
/// request, even one a hostile page makes it send (a multipart upload, a body-less POST), so every state-changing
/// request that rides on that cookie must also carry the anti-forgery token of <c>GET /api/auth/antiforgery</c> in
/// the <see cref="HeaderName"/> header. Bearer-token clients are not concerned: browsers never add a bearer token by
/// themselves.
/// </summary>
internal static class RequestForgeryProtection
{
    public const string HeaderName = "X-CSRF-TOKEN";
    public const string CookieName = "grader.csrf";
    public const string ProblemCode = "antiforgery";

    public static void AddGraderAntiforgery(this WebApplicationBuilder builder) =>
        builder.Services.AddAntiforgery(options =>
        {
            options.HeaderName = HeaderName;
            options.Cookie.Name = CookieName;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

    public static IEndpointRouteBuilder MapAntiforgeryTokenApi(this IEndpointRouteBuilder app)
    {
        // The token is bound to the signed-in account, so pages ask for it once signed in.
        app.MapGet("/api/auth/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(http);
                http.Response.Headers.CacheControl = "no-store";
                return TypedResults.Ok(new AntiforgeryTokenDto(tokens.RequestToken!, HeaderName));
            })
            .RequireAuthorization(GraderPolicies.SignedIn)
            .WithTags("Authentification")
            .WithName("AntiforgeryToken")
            .WithSummary("Jeton anti-falsification à joindre (en-tête X-CSRF-TOKEN) aux requêtes qui modifient des données avec le cookie de connexion");
        return app;
    }

    /// <summary>Runs after authentication: refuses a cookie-authenticated, state-changing request without a valid token.</summary>
    public static void UseGraderAntiforgery(this WebApplication app)
    {
        var cookieName = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme).Cookie.Name ?? ".AspNetCore.Identity.Application";

        app.Use(async (http, next) =>
        {
            if (NeedsToken(http.Request, cookieName))
            {
                var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
                // Without the header the request is refused before its body (possibly a large upload) is read.
                var valid = http.Request.Headers.ContainsKey(HeaderName) && await IsValidAsync(antiforgery, http);
                if (!valid)
                {
                    app.Logger.LogWarning("Cookie-authenticated {Method} refused: missing or invalid anti-forgery token", http.Request.Method);
                    await WriteRefusalAsync(http);
                    return;
                }
            }

            await next(http);
        });
    }

    private static bool NeedsToken(HttpRequest request, string cookieName) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
        && request.Headers.Authorization.Count == 0
        && request.Cookies.ContainsKey(cookieName)
        // Signing in again with a stale cookie must stay possible: the token is bound to the previous account.
        && !request.Path.Equals("/api/auth/login", StringComparison.OrdinalIgnoreCase);

    private static async Task<bool> IsValidAsync(IAntiforgery antiforgery, HttpContext http)
    {
        try
        {
            return await antiforgery.IsRequestValidAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    private static async Task WriteRefusalAsync(HttpContext http)
    {
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = ProblemCatalog.Title(StatusCodes.Status400BadRequest),
            Detail = "La requête ne porte pas de jeton anti-falsification valide : rechargez la page puis recommencez.",
            Type = ProblemCatalog.Type(StatusCodes.Status400BadRequest),
        };
        problem.Extensions["code"] = ProblemCode;
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        var writer = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (!await writer.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem }))
        {
            await http.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json", http.RequestAborted);
        }
    }
}

/// <summary>The anti-forgery request token and the header to send it in.</summary>
public sealed record AntiforgeryTokenDto(string Token, string HeaderName);
