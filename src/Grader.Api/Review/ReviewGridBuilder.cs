using Grader.Pipeline.Calibration.Profiles;
using Grader.Pipeline.Evaluation.Model;

namespace Grader.Api.Review;

/// <summary>
/// Builds the juror's grid from a snapshot, applying blind-first review: a hidden proposal is left out together with the
/// flags about that compétence (they would hint at its level); flags about the document itself stay visible.
/// </summary>
public static class ReviewGridBuilder
{
    /// <param name="revealProposals">For readers who do not decide (pedagogical team, administrators): no proposal is hidden.</param>
    /// <param name="watches">Compétences whose calibration gate failed, by compétence id (<see cref="CalibrationProfileStore.Watches"/>); shown even when the proposal is hidden, since they say nothing of its level.</param>
    public static ReviewGridDto Build(ReviewSnapshot s, bool revealProposals = false, IReadOnlyDictionary<string, CompetenceWatch>? watches = null)
    {
        var blind = s.Session.BlindFirstReview && !revealProposals;
        var hiddenCodes = s.Competences
            .Where(c => !ProposalVisibility.IsVisible(blind, c.Decision))
            .SelectMany(c => new[] { c.Code, c.Proposal?.Code })
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var a = s.Assessment;

        return new ReviewGridDto(
            s.Dossier.Id,
            s.Session.Id,
            s.Dossier.Candidate?.PseudonymousId ?? "",
            s.Epreuve.Id,
            s.Epreuve.SourceCode,
            s.Epreuve.Title,
            s.Record.Id,
            s.Record.CreatedAt,
            new ProviderBannerDto(a.Provider, a.Provenance.Model, a.LanguageModelUsed, !a.LanguageModelUsed, a.Notice, a.RubricVersion),
            blind,
            s.Scale.Levels.Select(l => new ScaleLevelDto(l.Value, l.Label, l.Description)).ToList(),
            s.Scale.AcquiredFrom,
            s.Competences.Select(c => Competence(c, s, hiddenCodes.Contains(c.Code), watches?.GetValueOrDefault(c.Competence.Id))).ToList(),
            a.Deliverables.Select(d => d.ToDto()).ToList(),
            a.Flags.Where(f => f.Criterion is null || !hiddenCodes.Contains(f.Criterion) || AssessmentFlagKinds.DocumentKinds.Contains(f.Kind))
                .Select(f => f.ToDto()).ToList(),
            s.ComputeBlocDecision().ToDto(),
            s.Grid.ToGridState(s.People));
    }

    private static CompetenceReviewDto Competence(ReviewedCompetence c, ReviewSnapshot s, bool hidden, CompetenceWatch? watch) => new(
        c.Code,
        c.Competence.Id,
        c.Competence.Text,
        c.Competence.Assessment.Mode.ToContract(),
        hidden,
        hidden ? ProposalVisibility.HiddenNotice : null,
        hidden ? null : c.Proposal?.ToDto(s.Scale),
        c.Decision.ToDto(s.Scale, s.People),
        watch is null ? null : new WatchDto(watch.Status, watch.Reason));
}
