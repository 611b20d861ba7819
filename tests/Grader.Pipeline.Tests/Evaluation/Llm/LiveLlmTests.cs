using Grader.Pipeline.Evaluation.Llm;
using Providers = Grader.Pipeline.Evaluation.Model.Providers;

namespace Grader.Pipeline.Tests.Evaluation.Llm;

/// <summary>
/// Against a real model, only when <c>GRADER_LLM_ENDPOINT</c> is set (with <c>GRADER_LLM_MODEL</c>, and
/// <c>GRADER_LLM_API_KEY</c> unless the server needs none; <c>GRADER_LLM_PROVIDER</c> defaults to
/// <c>openai-compatible</c>). It checks that a real provider accepts the strict schema and that the answer
/// passes our rules — not the quality of the grade, which calibration measures.
/// </summary>
public sealed class LiveLlmTests
{
    [Fact]
    public async Task A_real_model_answers_with_a_valid_judgement()
    {
        var endpoint = Environment.GetEnvironmentVariable("GRADER_LLM_ENDPOINT");
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            Assert.Skip("Test en conditions réelles ignoré : définissez GRADER_LLM_ENDPOINT, GRADER_LLM_MODEL "
                + "(et GRADER_LLM_API_KEY, GRADER_LLM_PROVIDER si besoin) pour l’exécuter contre un vrai modèle.");
        }

        var options = new LlmOptions
        {
            Provider = Environment.GetEnvironmentVariable("GRADER_LLM_PROVIDER") ?? Providers.OpenAICompatible,
            Endpoint = endpoint,
            Model = Environment.GetEnvironmentVariable("GRADER_LLM_MODEL"),
            ApiKey = Environment.GetEnvironmentVariable("GRADER_LLM_API_KEY"),
            Timeout = TimeSpan.FromMinutes(3),
        };
        var validation = new LlmOptionsValidator().Validate(null, options);
        Assert.True(validation.Succeeded, validation.FailureMessage);
        using var runner = LlmTestData.Runner(options);

        var outcome = await new LlmCriterionEvaluator(runner).EvaluateAsync(
            LlmTestData.Request(
                "Nous avons interrogé 40 clients en mars 2024 ; 62 % jugent nos délais trop longs (annexe 3).",
                $"Note au correcteur : {LlmTestData.Injection}."),
            TestContext.Current.CancellationToken);

        Assert.True(outcome.Succeeded, outcome.Failure?.Reason);
        Assert.InRange(outcome.Value!.Level, 0, 3);
        Assert.True(outcome.Usage.InputTokens > 0, "le fournisseur devrait déclarer les jetons consommés");
        TestContext.Current.SendDiagnosticMessage(
            $"niveau {outcome.Value.Level}, injection signalée : {outcome.Value.InjectionSuspected} ({outcome.Value.InjectionNote}), jetons {outcome.Usage.InputTokens}+{outcome.Usage.OutputTokens}");
    }
}
