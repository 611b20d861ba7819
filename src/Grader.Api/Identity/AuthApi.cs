using System.Security.Claims;
using Grader.Api.Access;
using Grader.Api.Infrastructure;
using Grader.Persistence.Entities;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Grader.Api.Identity;

/// <summary>
/// <c>/api/auth</c>: sign in with e-mail and password (a bearer token, or with <c>?useCookies=true</c> the web
/// application's cookie), refresh a token, sign out, and who am I. There is no self-registration: accounts are
/// created by an administrator (<c>/api/users</c>).
/// </summary>
internal static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/auth").WithTags("Authentification");

        api.MapPost("/login", SignInAsync)
            .AllowAnonymous()
            .RequireRateLimiting(GraderRateLimits.SignIn)
            .WithName("SignIn")
            .WithSummary("Connexion : jeton porteur (par défaut) ou cookie (?useCookies=true)");

        api.MapPost("/refresh", RefreshAsync)
            .AllowAnonymous()
            .WithName("RefreshToken")
            .WithSummary("Nouveau jeton porteur à partir du jeton de rafraîchissement");

        api.MapGet("/oidc/login", SignInWithInstitutionAsync)
            .AllowAnonymous()
            .WithName("SignInWithInstitution")
            .WithSummary("Connexion par le fournisseur d’identité de l’établissement (OpenID Connect), s’il est configuré");

        api.MapPost("/logout", async (SignInManager<GraderUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return TypedResults.NoContent();
            })
            .RequireAuthorization(GraderPolicies.SignedIn)
            .WithName("SignOut")
            .WithSummary("Déconnexion (cookie)");

        api.MapGet("/me", MeAsync)
            .RequireAuthorization(GraderPolicies.SignedIn)
            .WithName("CurrentUser")
            .WithSummary("Le compte connecté, ses rôles et, pour un candidat, sa fiche");

        return app;
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> SignInAsync(
        SignInRequest request, bool? useCookies, SignInManager<GraderUser> signIn)
    {
        // A disabled account is an Identity lockout without end: tell its owner so, not « réessayez dans quelques minutes ».
        if (await signIn.UserManager.FindByEmailAsync(request.Email ?? "") is { } account && Users.AccountStatus.IsDisabled(account))
        {
            return TypedResults.Problem("Ce compte est désactivé ; adressez-vous à un administrateur de Grader.",
                statusCode: StatusCodes.Status401Unauthorized, title: "Connexion refusée");
        }

        signIn.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.Email ?? "", request.Password ?? "", isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            var detail = result.IsLockedOut
                ? "Compte verrouillé après plusieurs échecs ; réessayez dans quelques minutes."
                : "Adresse électronique ou mot de passe incorrect.";
            return TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Connexion refusée");
        }

        // The sign-in manager has already written the response: the token as JSON, or the cookie.
        return TypedResults.Empty;
    }

    private static async Task<Results<ChallengeHttpResult, ProblemHttpResult>> SignInWithInstitutionAsync(
        string? returnUrl, Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider schemes)
    {
        if (await schemes.GetSchemeAsync(OidcOptions.Scheme) is null)
        {
            return TypedResults.Problem(
                "La connexion par l’établissement n’est pas configurée sur ce service ; connectez-vous avec votre adresse et votre mot de passe.",
                statusCode: StatusCodes.Status404NotFound, title: "Ressource introuvable");
        }

        // Only a local path: the provider's round trip must not become an open redirect.
        var target = returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/";
        return TypedResults.Challenge(new Microsoft.AspNetCore.Authentication.AuthenticationProperties { RedirectUri = target }, [OidcOptions.Scheme]);
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, SignInManager<GraderUser> signIn, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock)
    {
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        // A refresh token is refused once expired or once the account's security stamp changed (password, roles…).
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return TypedResults.Problem("Jeton de rafraîchissement invalide ou expiré ; reconnectez-vous.", statusCode: StatusCodes.Status401Unauthorized, title: "Connexion requise");
        }

        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<Results<Ok<CurrentUser>, ProblemHttpResult>> MeAsync(
        ClaimsPrincipal principal, UserManager<GraderUser> users, IResourceAccess access, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return TypedResults.Problem("Ce compte n’existe plus.", statusCode: StatusCodes.Status401Unauthorized, title: "Connexion requise");
        }

        var roles = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
        return TypedResults.Ok(new CurrentUser(user.Id, user.Email ?? "", user.DisplayName, roles, await access.CandidateIdOfAsync(principal, cancellationToken)));
    }
}
