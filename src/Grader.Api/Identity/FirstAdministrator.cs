using Grader.Persistence.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Grader.Api.Identity;

/// <summary>Makes sure the roles exist, and creates the first administrator from <see cref="BootstrapOptions"/> once.</summary>
internal sealed class FirstAdministrator(
    UserManager<GraderUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<BootstrapOptions> options,
    ILogger<FirstAdministrator> logger)
{
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        foreach (var role in GraderRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), "role");
            }
        }

        if ((await users.GetUsersInRoleAsync(GraderRoles.Administrator)).Count > 0)
        {
            return;
        }

        var (email, password) = (options.Value.AdminEmail, options.Value.AdminPassword);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            logger.LogWarning(
                "No administrator account exists. Set Grader__Bootstrap__AdminEmail and Grader__Bootstrap__AdminPassword and restart to create the first one.");
            return;
        }

        var admin = new GraderUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, DisplayName = "Administrateur" };
        Check(await users.CreateAsync(admin, password), "administrator");
        Check(await users.AddToRoleAsync(admin, GraderRoles.Administrator), "administrator role");
        // The id only: an e-mail address is personal data and stays out of the logs.
        logger.LogInformation("First administrator created (user {UserId}).", admin.Id);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            // At start-up, a refused bootstrap password must stop the service with the reason, not leave it without admin.
            throw new InvalidOperationException(
                $"Could not create the {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
