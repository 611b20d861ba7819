namespace Grader.Persistence.Entities;

/// <summary>The finalised grid of a dossier: who finalised it, the bloc decision, and every reopening with its reason.</summary>
public sealed class FinalGrid : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid DossierId { get; set; }
    public required string FinalisedBy { get; set; }
    public DateTimeOffset FinalisedAt { get; set; } = DateTimeOffset.UtcNow;
    /// <summary>The bloc's decision as the jury confirmed it (for instance <c>acquis</c> / <c>non-acquis</c>).</summary>
    public required string BlocDecision { get; set; }
    /// <summary>The decision the rubric's rule computed from the levels, which the jury confirmed or overrode.</summary>
    public string ComputedDecision { get; set; } = "";
    /// <summary>Why the jury retained another decision than the computed one (required then), or its comment.</summary>
    public string? DecisionReason { get; set; }
    /// <summary>False once reopened, until finalised again.</summary>
    public bool IsFinal { get; set; } = true;
    public List<FinalGridReopening> Reopenings { get; set; } = [];
    public long Version { get; set; }
}
