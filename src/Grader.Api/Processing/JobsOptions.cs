namespace Grader.Api.Processing;

/// <summary>
/// Configuration section <c>Grader:Jobs</c>: the background processing of dossiers. After a crash, a job is picked up
/// again within <see cref="RecoveryTimeout"/> + <see cref="PollInterval"/> of its last sign of life
/// (docs/adr/0006-durable-processing.md).
/// </summary>
public sealed class JobsOptions
{
    public const string SectionName = "Grader:Jobs";

    /// <summary>
    /// Dossiers processed at once by this instance. By default half the cores (at least one): each evaluation already
    /// runs its compétences in parallel, and the other half keeps reads fast for jurors while dossiers are processed
    /// (docs/performance.md, 2 cores, 20 uploads with 16 readers: 1 worker gives reads p95 26 ms / p99 40 ms and all
    /// processed in 16 s; 2 workers 34 ms / 76 ms and 12 s — jurors' screens first, throughput second).
    /// </summary>
    public int Workers { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>
    /// How long a job may show no sign of life before another worker takes it over: Hangfire's invisibility timeout and
    /// the lease on our processing row. Shorter resumes sooner after a crash; it must stay well above <see cref="HeartbeatInterval"/>.
    /// </summary>
    public TimeSpan RecoveryTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often a running job renews its lease (and Hangfire.PostgreSql its sliding invisibility).</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often idle workers look for queued jobs.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Retries of a job that failed for a transient reason (database, index server), before it is marked failed.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Least time between two progress writes of one job (the last one is always written).</summary>
    public TimeSpan ProgressWriteInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>SQLite only: the jobs file; by default <c>jobs.db</c> beside the service's database.</summary>
    public string? SqlitePath { get; set; }

    /// <summary>PostgreSQL only: the schema Hangfire's tables live in, beside ours in the same database.</summary>
    public string PostgreSqlSchema { get; set; } = "hangfire";
}
