using System.Net;
using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Tests.Support;

namespace Grader.Pipeline.Tests.Evaluation.Llm;

/// <summary>Malformed answers, refusals, rate limits and time-outs through the real connector.</summary>
public sealed class LlmCriterionEvaluatorFailureTests
{
    [Fact]
    public async Task Malformed_json_is_repaired_once()
    {
        await using var server = new ScriptedOpenAiServer(
            ScriptedOpenAiReply.Completion("{\"level\": 2, \"rationale\": \"coupé"),
            ScriptedOpenAiReply.Completion(LlmTestData.ValidJudgement()));
        using var runner = LlmTestData.Runner(LlmTestData.Options(server));

        var outcome = await new LlmCriterionEvaluator(runner).EvaluateAsync(LlmTestData.Request(), TestContext.Current.CancellationToken);

        Assert.True(outcome.Succeeded, outcome.Failure?.Reason);
        Assert.Equal(2, outcome.Attempts);
        Assert.Equal(2, server.Requests.Count);
        Assert.Contains("CORRECTION", server.Requests[1].Messages[^1].Content, StringComparison.Ordinal);
        Assert.Equal(new TokenUsage(642, 90), outcome.Usage);
    }

    [Fact]
    public async Task Answers_breaking_the_rules_twice_become_a_typed_failure()
    {
        await using var server = new ScriptedOpenAiServer(
            ScriptedOpenAiReply.Completion(LlmTestData.ValidJudgement(level: 7)),
            ScriptedOpenAiReply.Completion(LlmTestData.ValidJudgement(chunkId: "chunk-inventé")));
        using var runner = LlmTestData.Runner(LlmTestData.Options(server));

        var outcome = await new LlmCriterionEvaluator(runner).EvaluateAsync(LlmTestData.Request(), TestContext.Current.CancellationToken);

        Assert.False(outcome.Succeeded);
        Assert.Null(outcome.Value);
        Assert.Equal(LlmFailureKind.InvalidOutput, outcome.Failure!.Kind);
        Assert.Contains("le chunkId « chunk-inventé » ne fait pas partie des extraits fournis", outcome.Failure.Reason, StringComparison.Ordinal);
        Assert.Contains("le niveau 7 n’est pas dans l’échelle", server.Requests[1].Messages[^1].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_twice_is_a_malformed_output_failure()
    {
        await using var server = new ScriptedOpenAiServer(
            ScriptedOpenAiReply.Completion("Voici mon évaluation : niveau 2."),
            ScriptedOpenAiReply.Completion("toujours pas du JSON"));
        using var runner = LlmTestData.Runner(LlmTestData.Options(server));

        var outcome = await new LlmCriterionEvaluator(runner).EvaluateAsync(LlmTestData.Request(), TestContext.Current.CancellationToken);

        Assert.Equal(LlmFailureKind.MalformedOutput, outcome.Failure!.Kind);
        Assert.StartsWith("Réponse du modèle inutilisable", outcome.Failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_is_a_typed_failure_with_its_reason()
    {
        await using var server = new ScriptedOpenAiServer(ScriptedOpenAiReply.Refusal("Je ne peux pas évaluer ce contenu."));
        using var runner = LlmTestData.Runner(LlmTestData.Options(server));

        var outcome = await new LlmCriterionEvaluator(runner).EvaluateAsync(LlmTestData.Request(), TestContext.Current.CancellationToken);

        Assert.Equal(LlmFailureKind.Refusal, outcome.Failure!.Kind);
        Assert.Contains("Je ne peux pas évaluer ce contenu.", outcome.Failure.Reason, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_content_filter_stop_is_a_typed_failure()
    {
        await using var server = new ScriptedOpenAiServer(ScriptedOpenAiReply.Completion(string.Empty, finishReason: "content_filter"));
        using var runner = LlmTestData.Runner(LlmTestData.Options(server));

        var outcome = await new LlmCriterionEvaluator(runner).EvaluateAsync(LlmTestData.Request(), TestContext.Current.CancellationToken);

        Assert.Equal(LlmFailureKind.ContentFilter, outcome.Failure!.Kind);
        Assert.Contains("filtre de contenu", outcome.Failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_azure_style_content_filter_rejection_is_a_content_filter_failure()
    {
        await using var server = new ScriptedOpenAiServer(ScriptedOpenAiReply.Error(HttpStatusCode.BadRequest, code: "content_filter"));
        using var runner = LlmTestData.Runner(LlmTestData.Options(server));

        var outcome = await new LlmCriterionEvaluator(runner).EvaluateAsync(LlmTestData.Request(), TestContext.Current.CancellationToken);

        Assert.Equal(LlmFailureKind.ContentFilter, outcome.Failure!.Kind);
        Assert.Equal(400, outcome.Failure.StatusCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_429_with_retry_after_is_retried_then_succeeds()
    {
        await using var server = new ScriptedOpenAiServer(
            ScriptedOpenAiReply.Error(HttpStatusCode.TooManyRequests, retryAfter: "1"),
            ScriptedOpenAiReply.Completion(LlmTestData.ValidJudgement()));
        using var runner = LlmTestData.Runner(LlmTestData.Options(server));

        var started = DateTime.UtcNow;
        var outcome = await new LlmCriterionEvaluator(runner).EvaluateAsync(LlmTestData.Request(), TestContext.Current.CancellationToken);

        Assert.True(outcome.Succeeded, outcome.Failure?.Reason);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(1, outcome.Attempts);
        // Retry-After: 1 was honoured rather than the 10 ms base delay.
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromMilliseconds(900));
    }

    [Fact]
    public async Task Server_errors_after_the_retries_become_an_http_failure()
    {
        await using var server = new ScriptedOpenAiServer(
            ScriptedOpenAiReply.Error(HttpStatusCode.ServiceUnavailable),
            ScriptedOpenAiReply.Error(HttpStatusCode.ServiceUnavailable));
        using var runner = LlmTestData.Runner(LlmTestData.Options(server, maxRetries: 1));

        var outcome = await new LlmCriterionEvaluator(runner).EvaluateAsync(LlmTestData.Request(), TestContext.Current.CancellationToken);

        Assert.Equal(LlmFailureKind.Http, outcome.Failure!.Kind);
        Assert.Equal(503, outcome.Failure.StatusCode);
        Assert.Contains("HTTP 503", outcome.Failure.Reason, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_provider_that_never_answers_times_out_after_the_retries_with_a_french_reason()
    {
        await using var server = new ScriptedOpenAiServer(
            ScriptedOpenAiReply.Hang(TimeSpan.FromSeconds(20)),
            ScriptedOpenAiReply.Hang(TimeSpan.FromSeconds(20)));
        using var runner = LlmTestData.Runner(LlmTestData.Options(server, timeout: TimeSpan.FromMilliseconds(700), maxRetries: 1));

        var outcome = await new LlmCriterionEvaluator(runner).EvaluateAsync(LlmTestData.Request(), TestContext.Current.CancellationToken);

        Assert.False(outcome.Succeeded);
        Assert.Equal(LlmFailureKind.Timeout, outcome.Failure!.Kind);
        Assert.Contains("n’a pas répondu dans le délai de 0.7 s", outcome.Failure.Reason, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count);
    }
}
