using Grader.Api.Review;

namespace Grader.Api.Exports;

/// <summary>Everything the final grid's document shows, already worded in French: the writer only lays it out.</summary>
public sealed record FinalGridReport(
    string SessionName,
    string EpreuveSourceCode,
    string EpreuveTitle,
    string CandidatePseudonymousId,
    string Rubric,
    string PreAssessmentSource,
    IReadOnlyList<FinalGridLine> Lines,
    string ComputedDecision,
    string ConfirmedDecision,
    string? DecisionReason,
    string RuleExplanation,
    string FinalisedBy,
    DateTimeOffset FinalisedAt,
    IReadOnlyList<ReopeningDto> Reopenings);

/// <param name="AiProposal">« 2 — acquis (confiance 70 %) », or why there is none.</param>
/// <param name="JuryLevel">« 3 — maîtrisé »: the level the jury recorded, with its label on the scale.</param>
public sealed record FinalGridLine(string Code, string Title, string AiProposal, string JuryLevel, string Comment);
