using System.Security.Claims;
using Grader.Api.Access;
using Grader.Api.Review;

namespace Grader.Api.Feedback;

/// <summary>
/// Blind-first review hides each AI proposal from jurors until they record their own level; the AI's feedback draft
/// speaks of the same compétences (strengths, gaps, advice) and would give the levels away. So, in such a session, a
/// juror reads or edits the draft only once every compétence's proposal has been revealed. The pedagogical team and
/// administrators, who do not decide, are not concerned.
/// </summary>
public sealed class BlindFeedbackGate(ReviewSnapshotLoader loader)
{
    public const string Code = "feedback-blind";

    /// <summary>Null when the draft may be shown to this caller; otherwise the 409 to answer.</summary>
    public async Task<WorkflowProblem?> RefusalAsync(ClaimsPrincipal user, Guid dossierId, CancellationToken cancellationToken)
    {
        if (user.OverseesAllSessions())
        {
            return null;
        }

        var snapshot = await loader.LoadAsync(dossierId, cancellationToken);
        if (!snapshot.Session.BlindFirstReview)
        {
            return null;
        }

        var hidden = snapshot.Competences.Where(c => !ProposalVisibility.IsVisible(true, c.Decision)).Select(c => c.Code).ToList();
        return hidden.Count == 0
            ? null
            : WorkflowProblem.Conflict(Code,
                $"Relecture à l’aveugle : le brouillon de retour au candidat reprend l’analyse de l’IA ; il sera disponible une fois votre niveau enregistré pour chaque compétence (reste{(hidden.Count > 1 ? "nt" : "")} : {string.Join(", ", hidden)}).",
                new Dictionary<string, object?> { ["hidden"] = hidden });
    }
}
