namespace Grader.Persistence.Entities;

/// <summary>
/// The jury's level for one compétence of a dossier. It sits beside the AI proposal (the
/// <see cref="PreAssessmentRecord"/> it was made against), never over it. Versioned: two jurors editing the same
/// decision get a conflict.
/// </summary>
public sealed class JurorDecision : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid DossierId { get; set; }
    /// <summary>The compétence code as the référentiel writes it.</summary>
    public required string CriterionCode { get; set; }
    /// <summary>The proposal shown to the juror, if any (null in blind-first review before it is shown).</summary>
    public Guid? PreAssessmentRecordId { get; set; }
    /// <summary>On the rubric's scale; null when not decided yet.</summary>
    public int? Level { get; set; }
    /// <summary>In blind-first review, the level the juror recorded before the AI proposal was shown; kept as evidence.</summary>
    public int? BlindLevel { get; set; }
    /// <summary>When the AI proposal was first shown to the jury for this compétence (null: not yet).</summary>
    public DateTimeOffset? ProposalShownAt { get; set; }
    public string Comment { get; set; } = "";
    public required string AuthorUserId { get; set; }
    public DateTimeOffset DecidedAt { get; set; } = DateTimeOffset.UtcNow;
    public long Version { get; set; }
}
