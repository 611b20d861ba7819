using Grader.Persistence;
using Grader.Persistence.Entities;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Grader.Api.Identity;

/// <summary>
/// Local accounts (ASP.NET Core Identity) signed in by cookie for the web application or by bearer token for API
/// clients; roles as Identity roles; the policies of <see cref="GraderPolicies"/>; an institution's OpenID Connect
/// provider when configured (<see cref="OidcSignIn"/>).
/// </summary>
internal static class IdentityExtensions
{
    public static void AddGraderIdentity(this WebApplicationBuilder builder)
    {
        // Keys in the database: every instance of the service reads the cookies and tokens the others issued, and a
        // restart does not sign everyone out.
        builder.Services.AddDataProtection().SetApplicationName("grader").PersistKeysToDbContext<GraderDbContext>();

        // Bearer or cookie, whichever the request carries; an unauthenticated API call gets 401, never a redirect.
        builder.Services.AddIdentityApiEndpoints<GraderUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = 12;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<GraderDbContext>()
            .AddErrorDescriber<FrenchIdentityErrorDescriber>();

        builder.Services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.SectionName);
        builder.Services.AddScoped<FirstAdministrator>();
        builder.AddOidcSignIn();

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(GraderPolicies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(GraderPolicies.Administrator, p => p.RequireRole(GraderRoles.Administrator))
            .AddPolicy(GraderPolicies.Pedagogy, p => p.RequireRole(GraderRoles.Pedagogy, GraderRoles.Administrator))
            .AddPolicy(GraderPolicies.Juror, p => p.RequireRole(GraderRoles.Juror, GraderRoles.Administrator))
            .AddPolicy(GraderPolicies.FeedbackEditor, p => p.RequireRole(GraderRoles.Juror, GraderRoles.Pedagogy, GraderRoles.Administrator))
            .AddPolicy(GraderPolicies.Candidate, p => p.RequireRole(GraderRoles.Candidate));
    }

    /// <summary>Creates the roles and, on first start with the bootstrap variables set, the first administrator.</summary>
    public static async Task SeedGraderIdentityAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FirstAdministrator>().EnsureAsync(CancellationToken.None);
    }
}
