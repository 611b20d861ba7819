using System.Diagnostics;
using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Evaluation.Offline;

/// <summary>
/// Questions for the soutenance without a model: for a compétence only the oral can judge, one question per
/// criterion asking for a lived situation; for a written one, one per weak point the assessment found.
/// </summary>
public sealed class OfflineOralQuestionDrafter(OfflineThresholds thresholds) : IOralQuestionDrafter
{
    public const string Component = "oral-questions";
    private const int MaximumQuestions = 3;

    public OfflineOralQuestionDrafter()
        : this(OfflineThresholds.Default)
    {
    }

    public Task<EvaluationOutcome<OralQuestionsDraft>> DraftAsync(OralQuestionsRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var started = Stopwatch.GetTimestamp();
        var questions = request.WeakPoints.Count > 0 ? OnWeakPoints(request) : OnCriteria(request.Competence);
        var draft = new OralQuestionsDraft { Questions = questions.Take(MaximumQuestions).ToList(), InjectionSuspected = false, InjectionNote = "" };
        return Task.FromResult(OfflineHeuristics.Outcome(draft, Component, thresholds, started));
    }

    public Task<TokenBudget> EstimateAsync(OralQuestionsRequest request, CancellationToken cancellationToken) =>
        OfflineHeuristics.NoTokens(Component);

    private static IEnumerable<OralQuestion> OnWeakPoints(OralQuestionsRequest request) =>
        request.WeakPoints.Select(point => new OralQuestion
        {
            Question = $"Le dossier ne permet pas de vérifier ce point\u00A0: «\u00A0{Trim(point)}\u00A0». Comment l’avez-vous traité concrètement dans votre mission\u00A0?",
            Intent = "Vérifier à l’oral un attendu que l’écrit ne montre pas.",
            Criterion = Trim(point),
        });

    private static IEnumerable<OralQuestion> OnCriteria(Competence competence)
    {
        var criteria = competence.AllCriteria().Where(c => !string.IsNullOrWhiteSpace(c.Text)).ToList();
        if (criteria.Count == 0)
        {
            return [Ask(competence.Text)];
        }

        return criteria.Select(c => Ask(c.Text));
    }

    private static OralQuestion Ask(string expectation) => new()
    {
        Question = $"Pouvez-vous décrire une situation que vous avez vécue qui montre ceci\u00A0: «\u00A0{Trim(expectation)}\u00A0»\u00A0? Qu’avez-vous fait, avec qui, et quel en a été le résultat\u00A0?",
        Intent = "Apprécier à l’oral une compétence que le dossier écrit ne peut pas démontrer.",
        Criterion = Trim(expectation),
    };

    private static string Trim(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ',', ';', ' ');
}
