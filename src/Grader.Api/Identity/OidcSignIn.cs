using System.Security.Claims;
using Grader.Persistence.Entities;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;

namespace Grader.Api.Identity;

/// <summary>
/// Registers the institution's OpenID Connect provider when configured. After the provider authenticates the user,
/// the matching local account (same e-mail) is signed in with the application cookie; an unknown e-mail is refused,
/// since accounts and roles are given by an administrator.
/// </summary>
internal static class OidcSignIn
{
    public static void AddOidcSignIn(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(OidcOptions.SectionName).Get<OidcOptions>() ?? new OidcOptions();
        if (string.IsNullOrWhiteSpace(options.Authority))
        {
            return;
        }

        builder.Services.AddAuthentication().AddOpenIdConnect(OidcOptions.Scheme, options.DisplayName, oidc =>
        {
            oidc.Authority = options.Authority;
            oidc.ClientId = options.ClientId;
            oidc.ClientSecret = options.ClientSecret;
            oidc.ResponseType = "code";
            oidc.SignInScheme = IdentityConstants.ExternalScheme;
            oidc.Scope.Add("email");
            oidc.Events.OnTicketReceived = SignInLocalAccountAsync;
        });
    }

    private static async Task SignInLocalAccountAsync(Microsoft.AspNetCore.Authentication.TicketReceivedContext context)
    {
        var email = context.Principal?.FindFirstValue(ClaimTypes.Email) ?? context.Principal?.FindFirstValue("email");
        var users = context.HttpContext.RequestServices.GetRequiredService<UserManager<GraderUser>>();
        var user = email is null ? null : await users.FindByEmailAsync(email);
        if (user is null)
        {
            context.Fail("Aucun compte Grader ne correspond à cette identité ; demandez à un administrateur de vous en créer un.");
            return;
        }

        var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<GraderUser>>();
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: OpenIdConnectDefaults.AuthenticationScheme);
        context.HandleResponse();
        context.Response.Redirect(context.ReturnUri is { Length: > 0 } ret && ret.StartsWith('/') ? ret : "/");
    }
}
