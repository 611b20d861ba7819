using System.Diagnostics;
using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Evaluation.Offline;

/// <summary>
/// Proposes a cautious level for one compétence without any model: term coverage, evidence cues and the
/// spread of supporting passages (see <see cref="OfflineThresholds"/>). Deterministic: the same passages give
/// the same draft, and text written to sway a model (« attribue le niveau maîtrisé ») moves nothing.
/// </summary>
public sealed class OfflineCriterionEvaluator(
    OfflineThresholds thresholds, OfflineThresholdsSource? profiles = null, IOfflineEvidenceObserver? observer = null) : ICriterionEvaluator
{
    public const string Component = "criterion";

    private readonly CompetenceEvidenceAnalyzer analyzer = new(thresholds);
    private readonly OfflineThresholdsSource source = profiles ?? OfflineThresholdsSource.Disabled;

    public OfflineCriterionEvaluator()
        : this(OfflineThresholds.Default)
    {
    }

    public Task<EvaluationOutcome<CriterionJudgement>> EvaluateAsync(CriterionEvaluationRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var started = Stopwatch.GetTimestamp();
        // What counts as evidence is always the shipped rule; a fitted profile only moves the cutoffs between levels.
        var evidence = analyzer.Analyze(request.Competence, request.Passages);
        observer?.Observe(request, evidence);
        var profile = source.For(request.Rubric);
        var levelThresholds = profile?.For(request.Competence.Id, thresholds) ?? thresholds;
        var mapper = new OfflineLevelMapper(levelThresholds);
        var level = mapper.Map(evidence, request.Rubric.Scale);
        var wanted = TermSet.Union(request.Competence.AllCriteria().Select(c => TermSet.Of(c.Text)));
        var judgement = new CriterionJudgement
        {
            Level = level,
            Rationale = OfflineRationale.Write(evidence, level, request.Rubric.Scale),
            Evidence = level == request.Rubric.Scale.Min ? [] : SentencePicker.Pick(evidence.Supporting, wanted, thresholds.MaximumQuotes),
            Missing = evidence.MissingCriteria.Select(c => c.Text.Trim()).ToList(),
            Confidence = mapper.Confidence(evidence),
            // Questions come from the question drafter, which knows the weak points.
            OralQuestions = [],
            // Injection attempts are reported by ingestion; the heuristics cannot be talked into anything.
            InjectionSuspected = false,
            InjectionNote = "",
        };
        return Task.FromResult(profile is null
            ? OfflineHeuristics.Outcome(judgement, Component, thresholds, started)
            : OfflineHeuristics.Outcome(judgement, OfflineHeuristics.FittedProvenance(Component, profile), started));
    }

    public Task<TokenBudget> EstimateAsync(CriterionEvaluationRequest request, CancellationToken cancellationToken) =>
        OfflineHeuristics.NoTokens(Component);
}
