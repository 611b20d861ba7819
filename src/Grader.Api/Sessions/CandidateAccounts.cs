using Grader.Api.Identity;
using Grader.Persistence.Entities;
using Microsoft.AspNetCore.Identity;

namespace Grader.Api.Sessions;

/// <summary>
/// Creates the account of a candidate being enrolled (role « candidate »), so that the record and its sign-in are made
/// in one step; undone when the enrolment that needed it fails.
/// </summary>
internal sealed class CandidateAccounts(UserManager<GraderUser> users)
{
    public async Task<GraderUser> CreateAsync(EnrolCandidateRequest request)
    {
        if (request.CandidateId is not null || request.UserId is not null)
        {
            throw new SessionException("bad-enrolment", "Un compte ne se crée que pour un nouveau candidat, sans compte existant à lier.");
        }

        var email = request.Email?.Trim();
        var name = request.FullName?.Trim();
        if (string.IsNullOrEmpty(email) || string.IsNullOrEmpty(name))
        {
            throw new SessionException("bad-enrolment", "Pour créer le compte du candidat, son nom complet et son adresse électronique sont obligatoires.");
        }

        var user = new GraderUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        Check(await users.CreateAsync(user, request.Account?.Password ?? ""));
        var role = await users.AddToRoleAsync(user, GraderRoles.Candidate);
        if (!role.Succeeded)
        {
            await users.DeleteAsync(user);
            Check(role);
        }

        return user;
    }

    public async Task UndoAsync(GraderUser user) => await users.DeleteAsync(user);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new SessionException("bad-enrolment", "Compte du candidat refusé : " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
