using System.Globalization;
using Grader.Api.Audit;
using Grader.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Review;

/// <summary>
/// The pedagogical team's setting of the bloc rule for a session: the share of acquired compétences a bloc needs.
/// Grids already final keep the decision they were finalised with; open grids compute with the new share.
/// </summary>
public sealed class BlocRuleEditor(GraderDbContext db, IAuditTrail audit)
{
    public async Task<Outcome<BlocRuleDto>> SetAsync(Guid sessionId, BlocRuleRequest request, string userId, CancellationToken cancellationToken)
    {
        if (!BlocDecisionRule.IsValidShare(request.AcquiredShareRequired))
        {
            return Outcome.Failure<BlocRuleDto>(WorkflowProblem.Invalid(
                "invalid-acquired-share",
                $"La part de compétences acquises requise doit être comprise entre 0 (exclu) et 1 (toutes) ; reçu {request.AcquiredShareRequired.ToString(CultureInfo.GetCultureInfo("fr-FR"))}."));
        }

        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken) ?? throw ReviewException.SessionNotFound();
        var before = new BlocRuleDto(session.Id, session.AcquiredShareRequired);
        session.AcquiredShareRequired = request.AcquiredShareRequired;
        await db.SaveChangesAsync(cancellationToken);

        var after = new BlocRuleDto(session.Id, session.AcquiredShareRequired);
        await audit.AppendAsync(
            new AuditRecord(userId, AuditActions.BlocRuleChanged, "CertificationSession", session.Id.ToString(), session.Id, null, before, after),
            cancellationToken);
        return Outcome.Success(after);
    }
}
