using Grader.Api.Audit;
using Grader.Persistence;
using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Review;

/// <summary>
/// Records a juror's level and comment for one compétence, beside the AI proposal (never over it), under optimistic
/// concurrency: the caller names the version it saw, and a stale version or a concurrent save answers a conflict with
/// the current decision instead of overwriting it. In blind-first review the first level is also kept as the blind level
/// and the moment the proposal is revealed is stamped.
/// </summary>
public sealed class DecisionRecorder(GraderDbContext db, ReviewSnapshotLoader loader, IAuditTrail audit, TimeProvider clock)
{
    public const int MaximumCommentLength = 4000;

    public async Task<Outcome<CompetenceReviewDto>> RecordAsync(
        Guid dossierId, string code, RecordDecisionRequest request, string userId, CancellationToken cancellationToken)
    {
        var snapshot = await loader.LoadAsync(dossierId, cancellationToken);
        var competence = snapshot.Find(code)
            ?? throw ReviewException.UnknownCompetence(code, snapshot.Epreuve.SourceCode, snapshot.Competences.Select(c => c.Code));
        if (snapshot.IsFinal)
        {
            return Outcome.Failure<CompetenceReviewDto>(WorkflowProblem.Conflict(
                "grid-final",
                "La grille de ce dossier est finalisée : rouvrez-la (avec un motif) avant de modifier une décision.",
                new Dictionary<string, object?> { ["current"] = competence.Decision.ToDto(snapshot.Scale, snapshot.People), ["grid"] = snapshot.Grid.ToGridState(snapshot.People) }));
        }

        if (Validate(request, snapshot) is { } invalid)
        {
            return Outcome.Failure<CompetenceReviewDto>(invalid);
        }

        var existing = competence.Decision;
        if (StaleVersion(existing, request.Version) is { } stale)
        {
            return Outcome.Failure<CompetenceReviewDto>(Conflict(stale, existing.ToDto(snapshot.Scale, snapshot.People)));
        }

        var before = existing.ToDto(snapshot.Scale);
        // A new decision starts at version 1: 0 means "there was none" to a client, which must not match a decision created since.
        var decision = existing
            ?? db.Decisions.Add(new JurorDecision { DossierId = dossierId, CriterionCode = competence.Code, AuthorUserId = userId, Version = 1 }).Entity;
        Apply(decision, request, snapshot, userId);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another juror saved this decision between our read and our write (version token), or created it first
            // (unique index on dossier and compétence): show them what is there now.
            db.ChangeTracker.Clear();
            var current = await db.Decisions.AsNoTracking()
                .Where(d => d.DossierId == dossierId && d.CriterionCode == competence.Code)
                .SingleOrDefaultAsync(cancellationToken);
            return Outcome.Failure<CompetenceReviewDto>(Conflict(
                "Un autre membre du jury vient d’enregistrer cette décision : rechargez-la et reportez votre modification si elle vaut toujours.",
                current.ToDto(snapshot.Scale, current is null ? null : await PeopleNames.LoadAsync(db, [current.AuthorUserId], cancellationToken))));
        }

        await MarkInReviewAsync(dossierId, cancellationToken);
        await audit.AppendAsync(
            new AuditRecord(userId, AuditActions.DecisionRecorded, nameof(JurorDecision), decision.Id.ToString(),
                snapshot.Session.Id, snapshot.Dossier.CandidateId, before, decision.ToDto(snapshot.Scale)),
            cancellationToken);

        return Outcome.Success(new CompetenceReviewDto(
            competence.Code,
            competence.Competence.Id,
            competence.Competence.Text,
            competence.Competence.Assessment.Mode.ToContract(),
            false,
            null,
            competence.Proposal?.ToDto(snapshot.Scale),
            decision.ToDto(snapshot.Scale)));
    }

    private static WorkflowProblem? Validate(RecordDecisionRequest request, ReviewSnapshot snapshot)
    {
        if (request.Level is { } level && snapshot.Scale.Find(level) is null)
        {
            var allowed = string.Join(", ", snapshot.Scale.Levels.Select(l => $"{l.Value} ({l.Label})"));
            return WorkflowProblem.Invalid("invalid-level", $"Le niveau {level} n’existe pas sur l’échelle du référentiel. Niveaux possibles : {allowed}.");
        }

        if ((request.Comment?.Length ?? 0) > MaximumCommentLength)
        {
            return WorkflowProblem.Invalid("comment-too-long", $"Le commentaire dépasse {MaximumCommentLength} caractères ; raccourcissez-le.");
        }

        return null;
    }

    /// <summary>The French reason the version the client saw is not the current one, or null when it is.</summary>
    private static string? StaleVersion(JurorDecision? existing, long? seen)
    {
        if (existing is null)
        {
            return seen is null or 0 ? null : "Cette décision n’existe pas dans la version que vous indiquez : rechargez la grille.";
        }

        if (seen is null)
        {
            return $"Une décision existe déjà pour cette compétence (version {existing.Version}) : indiquez la version que vous avez consultée pour la modifier.";
        }

        return seen == existing.Version
            ? null
            : $"Cette décision a été modifiée depuis votre lecture (version {seen} lue, version {existing.Version} enregistrée) : rechargez-la avant de la modifier.";
    }

    private void Apply(JurorDecision decision, RecordDecisionRequest request, ReviewSnapshot snapshot, string userId)
    {
        var now = clock.GetUtcNow();
        var blind = snapshot.Session.BlindFirstReview;
        var wasVisible = ProposalVisibility.IsVisible(blind, decision);
        if (blind && !wasVisible && request.Level is { } blindLevel)
        {
            // The level given without having seen the AI proposal: evidence for measuring automation bias later.
            decision.BlindLevel = blindLevel;
            decision.ProposalShownAt = now;
        }

        decision.Level = request.Level;
        decision.Comment = request.Comment?.Trim() ?? "";
        decision.AuthorUserId = userId;
        decision.DecidedAt = now;
        decision.PreAssessmentRecordId = snapshot.Record.Id;
    }

    private async Task MarkInReviewAsync(Guid dossierId, CancellationToken cancellationToken) =>
        // A set-based update: two jurors' first decisions must not conflict over the dossier's status.
        await db.Dossiers
            .Where(d => d.Id == dossierId && d.Status == DossierStatus.PreAssessed)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, DossierStatus.InReview).SetProperty(d => d.Version, d => d.Version + 1), cancellationToken);

    private static WorkflowProblem Conflict(string detail, DecisionDto? current) =>
        WorkflowProblem.Conflict("decision-conflict", detail, new Dictionary<string, object?> { ["current"] = current });
}
