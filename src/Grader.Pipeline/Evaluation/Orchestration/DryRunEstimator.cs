using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>
/// Prices a run before making it: the same passages are retrieved and the same prompts rendered and counted
/// as in a real run, but nothing is sent. Feedback and question prompts are counted with a stand-in for the
/// findings they will carry, so their share is a close estimate rather than exact.
/// </summary>
public sealed class DryRunEstimator(ICriterionEvaluator evaluator, IDeliverablesChecker checker, IFeedbackDrafter feedback, IOralQuestionDrafter questions)
{
    private const string FindingsStandIn = "Constats de la pré-évaluation de cette compétence (justification et manques), rédigés en français.";

    public async Task<CompetenceBudget> ForCompetenceAsync(CriterionScope scope, Competence competence, IReadOnlyList<Indexing.SearchHit> passages, CancellationToken cancellationToken)
    {
        if (competence.Assessment.Mode.ToAssessable().IsOralOnly())
        {
            var oral = await questions.EstimateAsync(new OralQuestionsRequest(scope.Epreuve, competence, scope.Rubric, scope.ProtectedDossier, [], passages), cancellationToken);
            return new CompetenceBudget(competence.SourceCode, oral.InputTokens, oral.MaxOutputTokens, 1);
        }

        var evaluation = await evaluator.EstimateAsync(new CriterionEvaluationRequest(scope.Epreuve, competence, scope.Rubric, scope.ProtectedDossier, passages, scope.GuidanceFor(competence)), cancellationToken);
        var draft = await feedback.EstimateAsync(new FeedbackDraftRequest(scope.Epreuve, competence, scope.Rubric, scope.ProtectedDossier, FindingsStandIn, passages.Take(WrittenCriterionAssessor.FeedbackPassages).ToList()), cancellationToken);
        return new CompetenceBudget(
            competence.SourceCode,
            evaluation.InputTokens * scope.Samples + draft.InputTokens,
            evaluation.MaxOutputTokens * scope.Samples + draft.MaxOutputTokens,
            scope.Samples + 1);
    }

    public async Task<CompetenceBudget> ForDeliverablesAsync(CriterionScope scope, IReadOnlyList<Indexing.SearchHit> passages, CancellationToken cancellationToken)
    {
        var budget = await checker.EstimateAsync(new DeliverablesCheckRequest(scope.Epreuve, scope.Rubric, scope.ProtectedDossier, passages), cancellationToken);
        return new CompetenceBudget("livrables", budget.InputTokens, budget.MaxOutputTokens, 1);
    }
}
