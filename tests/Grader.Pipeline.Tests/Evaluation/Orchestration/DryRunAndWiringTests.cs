using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Offline;
using Grader.Pipeline.Evaluation.Orchestration;
using Grader.Pipeline.Tests.Support;

namespace Grader.Pipeline.Tests.Evaluation.Orchestration;

public sealed class DryRunAndWiringTests(ITestOutputHelper output)
{
    [Fact]
    public void Offline_configuration_wires_the_offline_evaluators()
    {
        using var harness = new EvaluationHarness();

        Assert.IsType<OfflineCriterionEvaluator>(harness.Get<ICriterionEvaluator>());
        Assert.IsType<OfflineDeliverablesChecker>(harness.Get<IDeliverablesChecker>());
        Assert.IsType<OfflineFeedbackDrafter>(harness.Get<IFeedbackDrafter>());
        Assert.IsType<OfflineOralQuestionDrafter>(harness.Get<IOralQuestionDrafter>());
    }

    [Fact]
    public async Task Dry_run_with_a_model_provider_counts_tokens_per_competence_and_sends_nothing()
    {
        await using var server = new RoutingOpenAiServer(_ => throw new InvalidOperationException("No call is expected in a dry run."));
        using var harness = new EvaluationHarness(new Dictionary<string, string?>
        {
            ["Grader:Llm:Provider"] = "openai-compatible",
            ["Grader:Llm:Endpoint"] = server.BaseUri.ToString(),
            ["Grader:Llm:Model"] = "mistral-test",
            ["Grader:Llm:CacheEnabled"] = "false",
            ["Grader:Llm:PromptsPath"] = Path.Combine(RepositoryPaths.Root, "prompts"),
        });

        Assert.IsType<LlmCriterionEvaluator>(harness.Get<ICriterionEvaluator>());
        var result = await harness.Service.EvaluateAsync(
            new EvaluationRequest(EvaluationHarness.Rubric, [EvaluationHarness.EvalSetPdf("e2-fort")], Bloc: 2, DryRun: true), TestContext.Current.CancellationToken);

        var budget = Assert.IsType<DryRunBudget>(result.Budget);
        Assert.Null(result.Assessment);
        Assert.Empty(server.Requests);
        Assert.Equal(7, budget.Competences.Count);
        Assert.All(budget.Competences, c => Assert.True(c.InputTokens > 0));
        Assert.True(budget.Deliverables.InputTokens > 0);
        output.WriteLine($"E2 dry run (e2-fort, 1 sample): {budget.TotalInputTokens} input tokens, {budget.TotalMaxOutputTokens} max output, {budget.TotalCalls} calls");
        foreach (var competence in budget.Competences.Append(budget.Deliverables))
        {
            output.WriteLine($"  {competence.Code}: {competence.InputTokens} in / {competence.MaxOutputTokens} max out / {competence.Calls} calls");
        }
    }
}
