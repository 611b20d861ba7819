using System.Diagnostics;
using Grader.Pipeline.Evaluation.Llm;

namespace Grader.Pipeline.Evaluation.Offline;

/// <summary>
/// A formative draft built from the gaps: what the dossier already shows, then each criterion not found and
/// how to show it. Plain, respectful French; never a level or a mark.
/// </summary>
public sealed class OfflineFeedbackDrafter(OfflineThresholds thresholds) : IFeedbackDrafter
{
    public const string Component = "feedback";

    private readonly CompetenceEvidenceAnalyzer analyzer = new(thresholds);

    public OfflineFeedbackDrafter()
        : this(OfflineThresholds.Default)
    {
    }

    public Task<EvaluationOutcome<FeedbackDraft>> DraftAsync(FeedbackDraftRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var started = Stopwatch.GetTimestamp();
        var evidence = analyzer.Analyze(request.Competence, request.Passages);
        var strengths = evidence.FoundCriteria
            .Select(c => $"Votre dossier aborde ce point\u00A0: «\u00A0{c.Text.Trim().TrimEnd('.')}\u00A0».")
            .ToList();
        if (evidence.Cues.Count > 0)
        {
            strengths.Add("Vous appuyez votre propos sur des éléments concrets ("
                + string.Join(", ", evidence.Cues.Order().Select(c => c.Describe())) + ").");
        }

        // One improvement for all the points not found: the same advice repeated per point reads as boilerplate.
        var improvements = new List<FeedbackImprovement>();
        if (evidence.MissingCriteria.Count > 0)
        {
            improvements.Add(new FeedbackImprovement
            {
                What = (evidence.MissingCriteria.Count == 1 ? "Ce point n’apparaît pas clairement\u00A0: " : "Ces points n’apparaissent pas clairement\u00A0: ")
                    + string.Join(" ; ", evidence.MissingCriteria.Select(c => $"«\u00A0{c.Text.Trim().TrimEnd('.')}\u00A0»")) + ".",
                How = "Consacrez à chacun un passage explicite, avec un exemple tiré de votre mission et, si possible, des chiffres ou des dates.",
            });
        }

        if (evidence.Cues.Count < thresholds.AcquiredCueKinds)
        {
            improvements.Add(new FeedbackImprovement
            {
                What = "Les affirmations sont peu étayées.",
                How = "Ajoutez des éléments vérifiables\u00A0: montants, indicateurs, calendrier, tableau ou sources citées.",
            });
        }

        var summary = improvements.Count == 0
            ? "Votre dossier couvre les attendus de cette compétence. Vérifiez que chaque point est illustré par un exemple précis."
            : "Votre dossier traite une partie des attendus de cette compétence. Les pistes ci-dessous vous aideront à le compléter.";
        var draft = new FeedbackDraft { Summary = summary, Strengths = strengths, Improvements = improvements, InjectionSuspected = false, InjectionNote = "" };
        return Task.FromResult(OfflineHeuristics.Outcome(draft, Component, thresholds, started));
    }

    public Task<TokenBudget> EstimateAsync(FeedbackDraftRequest request, CancellationToken cancellationToken) =>
        OfflineHeuristics.NoTokens(Component);
}
