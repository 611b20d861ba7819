namespace Grader.Persistence.Entities;

/// <summary>What a candidate submitted for one épreuve of a session: one or several files.</summary>
public sealed class Dossier : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SessionId { get; set; }
    public CertificationSession? Session { get; set; }
    public Guid CandidateId { get; set; }
    public Candidate? Candidate { get; set; }
    public required string Epreuve { get; set; }
    public DossierStatus Status { get; set; } = DossierStatus.Received;
    /// <summary>SHA-256 over the files' hashes, to recognise a dossier already processed.</summary>
    public required string ContentHash { get; set; }
    /// <summary>The account that uploaded it.</summary>
    public string? SubmittedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
    public long Version { get; set; }
    public List<DossierFile> Files { get; set; } = [];
    public List<PreAssessmentRecord> PreAssessments { get; set; } = [];
    public List<JurorDecision> Decisions { get; set; } = [];
}
