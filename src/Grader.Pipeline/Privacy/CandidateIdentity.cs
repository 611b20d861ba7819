namespace Grader.Pipeline.Privacy;

/// <summary>Who the candidate is, as given at upload (CLI: --candidate-name, --candidate-id, --candidate-email).</summary>
public sealed record CandidateIdentity(string? FullName = null, string? StudentNumber = null, string? Email = null)
{
    public static CandidateIdentity None { get; } = new();

    // Never written to logs or traces by accident.
    public override string ToString() => "CandidateIdentity { *** }";
}
