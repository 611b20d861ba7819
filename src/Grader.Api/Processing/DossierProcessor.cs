using Grader.Api.Audit;
using Grader.Api.Rubrics;
using Grader.Persistence;
using Grader.Persistence.Entities;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Evaluation.Orchestration;
using Grader.Pipeline.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Grader.Api.Processing;

/// <summary>
/// One attempt at processing a dossier: claim the row, parse → index → evaluate the stored files, save the immutable
/// pre-assessment and the job's outcome together, then audit. Safe to run again at any point: a row that already has
/// its pre-assessment is only finished, and the pipeline skips indexing content it has already indexed.
/// </summary>
public sealed class DossierProcessor(
    IServiceScopeFactory scopes,
    DossierFileStore files,
    EvaluationPipelines pipelines,
    RubricStore rubrics,
    GuidelinesStore guidelines,
    IOptions<JobsOptions> options,
    TimeProvider clock,
    ILogger<DossierProcessor> logger)
{
    /// <param name="retryCount">How many times Hangfire already retried this job after a transient failure.</param>
    public async Task ProcessAsync(Guid processingJobId, int retryCount, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var lease = await ProcessingLease.AcquireAsync(scopes, clock, processingJobId, settings.RecoveryTimeout, settings.PollInterval, logger, cancellationToken);
        if (lease is null)
        {
            logger.LogInformation("Processing job {JobId} is finished or gone; nothing to do.", processingJobId);
            return;
        }

        logger.LogInformation("Processing job {JobId}: attempt {Attempt} starts.", processingJobId, lease.Attempt);
        await using var keeper = new LeaseKeeper(lease, settings, clock, logger);
        using var work = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, keeper.Lost);
        try
        {
            await RunAsync(lease, keeper, work.Token);
        }
        catch (Exception) when (keeper.Lost.IsCancellationRequested)
        {
            // Another worker holds the row now: its attempt will finish the job.
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The service is stopping: give the row back so that the next start resumes at once; Hangfire requeues the job.
            await lease.ReleaseAsync(null, null, CancellationToken.None);
            throw;
        }
        catch (Exception ex) when (ex is not LeaseLostException)
        {
            var failure = ProcessingFailure.Classify(ex);
            if (failure.Transient && retryCount < settings.MaxRetries)
            {
                logger.LogWarning(ex, "Processing job {JobId}: transient failure ({Code}), retry {Retry} of {Max} to come.", processingJobId, failure.Code, retryCount + 1, settings.MaxRetries);
                await lease.ReleaseAsync(failure.Code, $"{failure.Reason} Nouvelle tentative automatique prévue.", CancellationToken.None);
                throw;
            }

            if (failure.Transient)
            {
                logger.LogError(ex, "Processing job {JobId}: failed after {Retries} retries.", processingJobId, retryCount);
                failure = failure.AfterRetries(retryCount + 1);
            }
            else
            {
                logger.LogWarning("Processing job {JobId}: refused ({Code}): {Reason}", processingJobId, failure.Code, failure.Reason);
            }

            await FailAsync(lease, failure);
        }
        catch (LeaseLostException)
        {
            logger.LogWarning("Processing job {JobId}: attempt {Attempt} lost its claim before saving; the holder finishes.", processingJobId, lease.Attempt);
        }
    }

    private async Task RunAsync(ProcessingLease lease, LeaseKeeper keeper, CancellationToken cancellationToken)
    {
        DossierSnapshot snapshot;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<GraderDbContext>();
            var job = await context.ProcessingJobs.AsNoTracking().SingleAsync(j => j.Id == lease.JobId, cancellationToken);
            if (job.PreAssessmentRecordId is { } done)
            {
                // A previous attempt saved the result and died before marking the row: finish without evaluating again.
                await CompleteAsync(lease, done, job.CriteriaTotal);
                await ApplyReleasePolicyAsync(job.DossierId, cancellationToken);
                return;
            }

            snapshot = await LoadAsync(context, job.DossierId, cancellationToken);
            await SetDossierStatusAsync(context, snapshot.Dossier.Id, DossierStatus.Processing, cancellationToken);
        }

        await lease.UpdateAsync(s => s.SetProperty(j => j.Stage, ProcessingStages.Parsing), cancellationToken);
        var paths = snapshot.Dossier.Files.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => StoredPathOf(f)).ToList();
        var rubric = rubrics.ForSession(snapshot.Session).Rubric;
        var candidate = snapshot.Candidate;
        var request = new EvaluationRequest(
            rubric, paths, Epreuve: snapshot.Dossier.Epreuve,
            Candidate: new CandidateIdentity(candidate.FullName, candidate.ExternalId, candidate.Email),
            Progress: keeper,
            IndexKey: snapshot.Dossier.Id.ToString(),
            // The version in force in the service's guidelines folder (which may differ from the rubric's own copy).
            Guidelines: guidelines.Current(snapshot.Session.RubricId));
        var pipeline = await pipelines.ForAsync(snapshot.Session.Provider, cancellationToken);
        var result = await pipeline.EvaluateAsync(request, cancellationToken);
        var assessment = result.Assessment ?? throw new InvalidOperationException("The pipeline returned no pre-assessment.");

        if (!await keeper.FlushAsync(cancellationToken))
        {
            throw new LeaseLostException();
        }

        await keeper.StopAsync();

        var record = await SaveAsync(lease, snapshot.Dossier.Id, assessment, cancellationToken);
        await AuditAsync(snapshot, record, assessment, cancellationToken);
        await ApplyReleasePolicyAsync(snapshot.Dossier.Id, cancellationToken);
    }

    // A formative session may release feedback as soon as it exists; the policy is idempotent, so a resumed run is safe.
    private async Task ApplyReleasePolicyAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<Feedback.FeedbackReleasePolicy>().ReleaseIfImmediateAsync(dossierId, cancellationToken);
        logger.LogInformation("Dossier {DossierId}: feedback release policy gave {Reason}.", dossierId, result.Reason);
    }

    private static async Task<DossierSnapshot> LoadAsync(GraderDbContext context, Guid dossierId, CancellationToken cancellationToken)
    {
        var dossier = await context.Dossiers.AsNoTracking().Include(d => d.Files).SingleAsync(d => d.Id == dossierId, cancellationToken);
        var session = await context.Sessions.AsNoTracking().SingleAsync(s => s.Id == dossier.SessionId, cancellationToken);
        var candidate = await context.Candidates.AsNoTracking().SingleAsync(c => c.Id == dossier.CandidateId, cancellationToken);
        return new DossierSnapshot(dossier, session, candidate);
    }

    private string StoredPathOf(Grader.Persistence.Entities.DossierFile file)
    {
        var path = files.FullPathOf(file.StoragePath);
        return File.Exists(path)
            ? path
            : throw new ProcessingException("stored-file-missing", $"Le fichier « {file.Name} » n’est plus dans le stockage du service ; déposez de nouveau le dossier.");
    }

    // The record, the row's outcome, the dossier's status and the first feedback draft are saved together or not at all.
    private async Task<PreAssessmentRecord> SaveAsync(ProcessingLease lease, Guid dossierId, PreAssessment assessment, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GraderDbContext>();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var record = PreAssessmentRecord.Create(dossierId, assessment, clock.GetUtcNow());
        context.PreAssessments.Add(record);
        if (!await context.FeedbackDrafts.AnyAsync(f => f.DossierId == dossierId, cancellationToken)
            && !string.IsNullOrWhiteSpace(assessment.CandidateFeedback))
        {
            context.FeedbackDrafts.Add(new FeedbackDraft { DossierId = dossierId, Text = Feedback.FeedbackDraftComposer.Compose(assessment), SourcePreAssessmentId = record.Id, UpdatedAt = clock.GetUtcNow() });
        }

        var dossier = await context.Dossiers.SingleAsync(d => d.Id == dossierId, cancellationToken);
        dossier.Status = DossierStatus.PreAssessed;
        await context.SaveChangesAsync(cancellationToken);

        var total = assessment.Criteria.Count;
        var finished = await lease.UpdateAsync(context, s => s
                .SetProperty(j => j.PreAssessmentRecordId, record.Id)
                .SetProperty(j => j.State, ProcessingState.Succeeded)
                .SetProperty(j => j.Stage, ProcessingStages.Done)
                .SetProperty(j => j.CriteriaDone, total)
                .SetProperty(j => j.CriteriaTotal, total)
                .SetProperty(j => j.FinishedAt, clock.GetUtcNow()),
            cancellationToken);
        if (!finished)
        {
            // Rolled back by disposing the transaction: the holder's own result is the one kept.
            throw new LeaseLostException();
        }

        await transaction.CommitAsync(cancellationToken);
        return record;
    }

    private async Task CompleteAsync(ProcessingLease lease, Guid recordId, int total)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GraderDbContext>();
        await lease.UpdateAsync(context, s => s
                .SetProperty(j => j.State, ProcessingState.Succeeded)
                .SetProperty(j => j.Stage, ProcessingStages.Done)
                .SetProperty(j => j.CriteriaDone, total)
                .SetProperty(j => j.FinishedAt, clock.GetUtcNow()),
            CancellationToken.None);
        var dossierId = await context.PreAssessments.Where(p => p.Id == recordId).Select(p => p.DossierId).SingleAsync();
        await SetDossierStatusAsync(context, dossierId, DossierStatus.PreAssessed, CancellationToken.None);
    }

    private async Task FailAsync(ProcessingLease lease, ProcessingFailure failure)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GraderDbContext>();
        var failed = await lease.UpdateAsync(context, s => s
                .SetProperty(j => j.State, ProcessingState.Failed)
                .SetProperty(j => j.FailureCode, failure.Code)
                .SetProperty(j => j.FailureReason, Truncate(failure.Reason, 2000))
                .SetProperty(j => j.FinishedAt, clock.GetUtcNow()),
            CancellationToken.None);
        if (failed)
        {
            var dossierId = await context.ProcessingJobs.Where(j => j.Id == lease.JobId).Select(j => j.DossierId).SingleAsync();
            await SetDossierStatusAsync(context, dossierId, DossierStatus.Failed, CancellationToken.None);
        }
    }

    private async Task AuditAsync(DossierSnapshot snapshot, PreAssessmentRecord record, PreAssessment assessment, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
        await audit.AppendAsync(
            new AuditRecord(
                "ai", "preassessment.created", nameof(PreAssessmentRecord), record.Id.ToString(), snapshot.Session.Id, snapshot.Candidate.Id,
                After: new
                {
                    dossierId = snapshot.Dossier.Id,
                    provider = record.Provider,
                    model = record.Model,
                    rubricId = record.RubricId,
                    rubricVersion = record.RubricVersion,
                    rubricFingerprint = record.RubricFingerprint,
                    prompts = assessment.Provenance.Prompts.Select(p => new { p.Id, p.Version, p.Sha256 }),
                }),
            cancellationToken);
    }

    // Only forward: a dossier already in review or finalised keeps its status when a late attempt completes.
    private static async Task SetDossierStatusAsync(GraderDbContext context, Guid dossierId, DossierStatus status, CancellationToken cancellationToken)
    {
        var dossier = await context.Dossiers.SingleAsync(d => d.Id == dossierId, cancellationToken);
        if (dossier.Status is DossierStatus.InReview or DossierStatus.Finalised || dossier.Status == status)
        {
            return;
        }

        dossier.Status = status;
        await context.SaveChangesAsync(cancellationToken);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private sealed record DossierSnapshot(Dossier Dossier, CertificationSession Session, Candidate Candidate);

    private sealed class LeaseLostException : Exception;
}
