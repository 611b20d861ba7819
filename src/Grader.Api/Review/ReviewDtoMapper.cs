using System.Globalization;
using Grader.Persistence.Entities;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Rubrics;

namespace Grader.Api.Review;

/// <summary>Maps the stored entities and the pipeline's model to the grid's JSON: one place decides how each is shown.</summary>
public static class ReviewDtoMapper
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <param name="names">Display names by account id, for what people read; audit payloads pass none and keep ids only.</param>
    public static DecisionDto? ToDto(this JurorDecision? decision, RatingScale scale, IReadOnlyDictionary<string, string>? names = null) => decision is null
        ? null
        : new DecisionDto(
            decision.Level,
            decision.Level is { } level ? scale.Find(level)?.Label : null,
            decision.Comment,
            decision.AuthorUserId,
            decision.DecidedAt,
            decision.Version,
            decision.BlindLevel,
            decision.ProposalShownAt,
            decision.PreAssessmentRecordId,
            names?.GetValueOrDefault(decision.AuthorUserId));

    public static AiProposalDto ToDto(this CriterionAssessment proposal, RatingScale scale) => new(
        proposal.Level,
        proposal.Level is { } level ? scale.Find(level)?.Label : null,
        proposal.Confidence,
        proposal.Rationale,
        proposal.Evidence.Select(ToDto).ToList(),
        proposal.Missing,
        proposal.OralQuestions,
        proposal.Status.IsFailed);

    // Unverified quotes are kept out of the pipeline's outputs already; the flag is passed on so a viewer can say so.
    public static EvidenceDto ToDto(this EvidenceQuote quote) => new(quote.Quote, quote.Page, quote.File, quote.Verified);

    public static FlagDto ToDto(this AssessmentFlag flag) => new(flag.Kind, flag.Criterion, flag.Page, flag.File, flag.Detail);

    public static DeliverableDto ToDto(this DeliverableAssessment deliverable) => new(
        deliverable.ItemId,
        deliverable.Item,
        deliverable.Present switch
        {
            DeliverablePresence.Present => "present",
            DeliverablePresence.Partial => "partial",
            _ => "absent",
        },
        deliverable.Evidence.Select(ToDto).ToList());

    public static string ToContract(this AssessmentMode mode) => mode switch
    {
        AssessmentMode.Written => "written",
        AssessmentMode.Oral => "oral",
        _ => "both",
    };

    public static BlocDecisionDto ToDto(this BlocDecisionResult result) => new(
        result.Decision,
        result.Decision is { } decision ? BlocDecisions.Label(decision) : null,
        result.Acquired,
        result.Total,
        result.AcquiredShareRequired,
        result.Undecided,
        Explain(result));

    public static GridStateDto ToGridState(this FinalGrid? grid, IReadOnlyDictionary<string, string>? names = null) => new(
        grid is { IsFinal: true } ? "final" : "open",
        grid?.Version ?? 0,
        grid?.BlocDecision,
        grid?.ComputedDecision,
        grid?.FinalisedBy,
        grid?.FinalisedAt,
        (grid?.Reopenings ?? []).OrderBy(r => r.ReopenedAt).Select(r => new ReopeningDto(r.Reason, r.ReopenedBy, r.ReopenedAt, names?.GetValueOrDefault(r.ReopenedBy))).ToList(),
        grid?.FinalisedBy is { } finaliser ? names?.GetValueOrDefault(finaliser) : null);

    /// <summary>« 5 compétences acquises sur 7 (seuil : 100 %) », and what is still missing.</summary>
    public static string Explain(BlocDecisionResult result)
    {
        var threshold = string.Create(French, $"{Math.Round(result.AcquiredShareRequired * 100, 1)}\u00A0%");
        var counted = $"{result.Acquired} compétence{(result.Acquired > 1 ? "s" : "")} acquise{(result.Acquired > 1 ? "s" : "")} sur {result.Total} (seuil\u00A0: {threshold})";
        return result.Decision is { } decision
            ? $"{counted}\u00A0: bloc proposé «\u00A0{BlocDecisions.Label(decision)}\u00A0»."
            : $"{counted}\u00A0; décision non calculable tant que {(result.Undecided.Count > 1 ? "ces compétences n’ont" : "cette compétence n’a")} pas de niveau\u00A0: {string.Join(", ", result.Undecided)}.";
    }
}
