namespace Grader.Persistence.Entities;

/// <summary>
/// One run of parse → index → evaluate for a dossier, with the progress a user polls or follows. The background
/// engine (Hangfire) owns scheduling and retries; this row is what the product shows and what makes a resumed run
/// skip the stages already done.
/// </summary>
public sealed class ProcessingJob
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid DossierId { get; set; }
    /// <summary>The engine's job id, to find it in the engine's dashboard and storage.</summary>
    public string? BackgroundJobId { get; set; }
    public ProcessingState State { get; set; } = ProcessingState.Queued;
    /// <summary>The current stage: <c>queued</c>, <c>parsing</c>, <c>indexing</c>, <c>evaluating</c>, <c>done</c>.</summary>
    public string Stage { get; set; } = "queued";
    public int CriteriaDone { get; set; }
    public int CriteriaTotal { get; set; }
    /// <summary>How many times a worker started it (more than one after a crash or a transient failure).</summary>
    public int Attempts { get; set; }
    /// <summary>A stable code for the failure (<c>unreadable-file</c>, <c>provider-unavailable</c>…).</summary>
    public string? FailureCode { get; set; }
    /// <summary>What the user can do about the failure, in French.</summary>
    public string? FailureReason { get; set; }
    /// <summary>The pre-assessment this run produced, once it has.</summary>
    public Guid? PreAssessmentRecordId { get; set; }
    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;
}
