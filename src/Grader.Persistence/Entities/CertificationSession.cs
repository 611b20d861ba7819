namespace Grader.Persistence.Entities;

/// <summary>A certification session: which rubric and épreuves it grades, with which provider, under which policies.</summary>
public sealed class CertificationSession
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public required string RubricId { get; set; }
    public required string RubricVersion { get; set; }
    /// <summary>Épreuve ids in the rubric (<c>e2</c>, <c>e6-commerce-international</c>).</summary>
    public List<string> Epreuves { get; set; } = [];
    /// <summary>One of the pipeline's providers (<c>offline</c>, <c>azure-openai</c>, …).</summary>
    public required string Provider { get; set; }
    public ReleasePolicy ReleasePolicy { get; set; } = ReleasePolicy.AfterReview;
    public SessionMode Mode { get; set; } = SessionMode.Certifying;
    /// <summary>Jurors record their level before the AI proposal is shown (a guard against automation bias).</summary>
    public bool BlindFirstReview { get; set; }
    /// <summary>
    /// The bloc decision rule: the share of the bloc's compétences that must be at the rubric's "acquis" level or above
    /// for the bloc to be proposed as acquired (1 = all of them). Set by the pedagogical team.
    /// </summary>
    public double AcquiredShareRequired { get; set; } = 1.0;
    /// <summary>When the session ends; the retention period counts from then.</summary>
    public DateTimeOffset? ClosesAt { get; set; }
    /// <summary>How long candidates' data is kept after the session.</summary>
    public int RetentionDays { get; set; } = 365;
    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
    public List<Jury> Juries { get; set; } = [];
    public List<Dossier> Dossiers { get; set; } = [];
}
