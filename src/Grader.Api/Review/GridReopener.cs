using Grader.Api.Audit;
using Grader.Persistence;
using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Review;

/// <summary>
/// Reopens a final grid so that decisions can change again. A reason is required and every reopening is kept: a final
/// grid that moved must say why.
/// </summary>
public sealed class GridReopener(GraderDbContext db, ReviewSnapshotLoader loader, IAuditTrail audit, TimeProvider clock)
{
    public const int MaximumReasonLength = 2000;

    public async Task<Outcome<GridStateDto>> ReopenAsync(Guid dossierId, ReopenRequest request, string userId, CancellationToken cancellationToken)
    {
        var reason = request.Reason?.Trim() ?? "";
        if (reason.Length == 0)
        {
            return Failure(WorkflowProblem.Invalid("reopen-reason-required", "Indiquez le motif de la réouverture de la grille : il est conservé dans l’historique."));
        }

        if (reason.Length > MaximumReasonLength)
        {
            return Failure(WorkflowProblem.Invalid("reopen-reason-too-long", $"Le motif dépasse {MaximumReasonLength} caractères ; raccourcissez-le."));
        }

        var snapshot = await loader.LoadAsync(dossierId, cancellationToken);
        if (snapshot.Grid is not { IsFinal: true } grid)
        {
            return Failure(WorkflowProblem.Conflict("grid-not-final", "La grille de ce dossier n’est pas finalisée : il n’y a rien à rouvrir.",
                new Dictionary<string, object?> { ["grid"] = snapshot.Grid.ToGridState() }));
        }

        if (request.Version is { } seen && seen != grid.Version)
        {
            return Failure(WorkflowProblem.Conflict(
                "grid-conflict",
                $"La grille a changé depuis votre lecture (version {seen} lue, version {grid.Version} enregistrée) : rechargez-la.",
                new Dictionary<string, object?> { ["grid"] = grid.ToGridState() }));
        }

        var before = grid.ToGridState();
        var reopening = new FinalGridReopening { FinalGridId = grid.Id, Reason = reason, ReopenedBy = userId, ReopenedAt = clock.GetUtcNow() };
        // Added through its set (a new row whose key is already set would otherwise be taken for an existing one);
        // EF's fix-up puts it in grid.Reopenings.
        db.FinalGridReopenings.Add(reopening);
        grid.IsFinal = false;
        snapshot.Dossier.Status = DossierStatus.InReview;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Failure(WorkflowProblem.Conflict("grid-conflict", "La grille a été modifiée pendant la réouverture : rechargez-la."));
        }

        var after = grid.ToGridState();
        await audit.AppendAsync(
            new AuditRecord(userId, AuditActions.GridReopened, nameof(FinalGrid), grid.Id.ToString(), snapshot.Session.Id, snapshot.Dossier.CandidateId, before, after),
            cancellationToken);
        return Outcome.Success(after);
    }

    private static Outcome<GridStateDto> Failure(WorkflowProblem problem) => Outcome.Failure<GridStateDto>(problem);
}
