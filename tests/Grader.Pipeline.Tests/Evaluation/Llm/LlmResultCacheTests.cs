using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Tests.Support;

namespace Grader.Pipeline.Tests.Evaluation.Llm;

public sealed class LlmResultCacheTests
{
    [Fact]
    public async Task The_same_call_twice_sends_one_request()
    {
        await using var server = new ScriptedOpenAiServer(ScriptedOpenAiReply.Completion(LlmTestData.ValidJudgement(), promptTokens: 500, completionTokens: 50));
        var cache = new SqliteLlmResultCache(Path.Combine(Path.GetTempPath(), "grader-tests", Guid.NewGuid().ToString("N"), SqliteLlmResultCache.DefaultFileName));
        using var runner = LlmTestData.Runner(LlmTestData.Options(server), cache);
        var evaluator = new LlmCriterionEvaluator(runner);

        var first = await evaluator.EvaluateAsync(LlmTestData.Request(), TestContext.Current.CancellationToken);
        var second = await evaluator.EvaluateAsync(LlmTestData.Request(), TestContext.Current.CancellationToken);

        Assert.Single(server.Requests);
        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
        Assert.Equal(0, second.Attempts);
        Assert.Equal(first.Value!.Level, second.Value!.Level);
        Assert.Equal(first.Value.Rationale, second.Value.Rationale);
        Assert.Equal(first.Value.Evidence, second.Value.Evidence);
        Assert.Equal(new TokenUsage(500, 50), second.Usage);
    }

    [Fact]
    public async Task Another_sample_or_another_dossier_is_not_served_from_the_cache()
    {
        await using var server = new ScriptedOpenAiServer(
            ScriptedOpenAiReply.Completion(LlmTestData.ValidJudgement()),
            ScriptedOpenAiReply.Completion(LlmTestData.ValidJudgement()),
            ScriptedOpenAiReply.Completion(LlmTestData.ValidJudgement()));
        var cache = new SqliteLlmResultCache(Path.Combine(Path.GetTempPath(), "grader-tests", Guid.NewGuid().ToString("N"), SqliteLlmResultCache.DefaultFileName));
        using var runner = LlmTestData.Runner(LlmTestData.Options(server), cache);
        var evaluator = new LlmCriterionEvaluator(runner);
        var request = LlmTestData.Request();

        await evaluator.EvaluateAsync(request, TestContext.Current.CancellationToken);
        await evaluator.EvaluateAsync(request with { Sample = 1 }, TestContext.Current.CancellationToken);
        await evaluator.EvaluateAsync(request with { Dossier = request.Dossier with { ContentHash = "sha256:autre" } }, TestContext.Current.CancellationToken);

        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Failures_are_not_cached()
    {
        await using var server = new ScriptedOpenAiServer(
            ScriptedOpenAiReply.Refusal("non"),
            ScriptedOpenAiReply.Completion(LlmTestData.ValidJudgement()));
        var cache = new SqliteLlmResultCache(Path.Combine(Path.GetTempPath(), "grader-tests", Guid.NewGuid().ToString("N"), SqliteLlmResultCache.DefaultFileName));
        using var runner = LlmTestData.Runner(LlmTestData.Options(server), cache);
        var evaluator = new LlmCriterionEvaluator(runner);

        var first = await evaluator.EvaluateAsync(LlmTestData.Request(), TestContext.Current.CancellationToken);
        var second = await evaluator.EvaluateAsync(LlmTestData.Request(), TestContext.Current.CancellationToken);

        Assert.False(first.Succeeded);
        Assert.True(second.Succeeded);
        Assert.False(second.FromCache);
    }
}
