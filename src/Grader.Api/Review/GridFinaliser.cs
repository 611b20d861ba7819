using Grader.Api.Audit;
using Grader.Persistence;
using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Review;

/// <summary>
/// Finalises a dossier's grid: every compétence must have a level; the jury confirms the bloc decision the rule computed
/// or overrides it with a reason. The grid, the decisions it rests on and the dossier are saved together under their
/// version tokens, so that a decision changed meanwhile makes the finalisation a conflict rather than a stale grid.
/// </summary>
public sealed class GridFinaliser(GraderDbContext db, ReviewSnapshotLoader loader, IAuditTrail audit, TimeProvider clock)
{
    public async Task<Outcome<GridStateDto>> FinaliseAsync(Guid dossierId, FinaliseRequest request, string userId, CancellationToken cancellationToken)
    {
        var snapshot = await loader.LoadAsync(dossierId, cancellationToken);
        if (snapshot.IsFinal)
        {
            return Failure(WorkflowProblem.Conflict("grid-final", "La grille de ce dossier est déjà finalisée.", GridExtension(snapshot.Grid)));
        }

        if (request.Version is { } seen && seen != snapshot.GridVersion)
        {
            return Failure(WorkflowProblem.Conflict(
                "grid-conflict",
                $"La grille a changé depuis votre lecture (version {seen} lue, version {snapshot.GridVersion} enregistrée) : rechargez-la.",
                GridExtension(snapshot.Grid)));
        }

        var computed = snapshot.ComputeBlocDecision();
        if (!computed.IsComplete)
        {
            return Failure(WorkflowProblem.Conflict(
                "undecided-competences",
                $"La grille ne peut pas être finalisée : {computed.Undecided.Count} compétence{(computed.Undecided.Count > 1 ? "s n’ont" : " n’a")} pas encore de niveau ({string.Join(", ", computed.Undecided)}).",
                new Dictionary<string, object?> { ["undecided"] = computed.Undecided }));
        }

        var chosen = string.IsNullOrWhiteSpace(request.BlocDecision) ? computed.Decision : BlocDecisions.Parse(request.BlocDecision);
        if (chosen is null)
        {
            return Failure(WorkflowProblem.Invalid(
                "invalid-bloc-decision", $"Décision de bloc « {request.BlocDecision} » inconnue : indiquez « {BlocDecisions.Acquired} » ou « {BlocDecisions.NotAcquired} »."));
        }

        var reason = request.Comment?.Trim() ?? "";
        var overridden = chosen != computed.Decision;
        if (overridden && reason.Length == 0)
        {
            return Failure(WorkflowProblem.Invalid(
                "override-reason-required",
                $"La règle du bloc propose « {BlocDecisions.Label(computed.Decision!)} » : pour retenir « {BlocDecisions.Label(chosen)} », le jury doit en donner le motif dans le commentaire."));
        }

        var before = snapshot.Grid.ToGridState();
        var grid = snapshot.Grid ?? db.FinalGrids.Add(new FinalGrid { DossierId = dossierId, FinalisedBy = userId, BlocDecision = chosen, Version = 1 }).Entity;
        grid.FinalisedBy = userId;
        grid.FinalisedAt = clock.GetUtcNow();
        grid.BlocDecision = chosen;
        grid.ComputedDecision = computed.Decision!;
        grid.DecisionReason = reason.Length > 0 ? reason : null;
        grid.IsFinal = true;
        snapshot.Dossier.Status = DossierStatus.Finalised;
        foreach (var decision in snapshot.Competences.Select(c => c.Decision!))
        {
            // Re-stamps each decision: a juror's concurrent change to one of them now conflicts with this save.
            db.Entry(decision).State = EntityState.Modified;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Failure(WorkflowProblem.Conflict(
                "grid-conflict",
                "Une décision ou la grille a été modifiée pendant la finalisation : rechargez la grille et vérifiez-la avant de finaliser."));
        }

        var after = grid.ToGridState();
        await audit.AppendAsync(
            new AuditRecord(userId, AuditActions.GridFinalised, nameof(FinalGrid), grid.Id.ToString(), snapshot.Session.Id, snapshot.Dossier.CandidateId,
                before, new { grid = after, overridden, reason = overridden ? reason : null, levels = snapshot.Competences.Select(c => new { c.Code, c.Decision!.Level }) }),
            cancellationToken);
        return Outcome.Success(after);
    }

    private static Outcome<GridStateDto> Failure(WorkflowProblem problem) => Outcome.Failure<GridStateDto>(problem);

    private static Dictionary<string, object?> GridExtension(FinalGrid? grid) => new() { ["grid"] = grid.ToGridState() };
}
