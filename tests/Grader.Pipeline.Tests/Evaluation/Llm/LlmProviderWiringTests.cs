using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Providers = Grader.Pipeline.Evaluation.Model.Providers;

namespace Grader.Pipeline.Tests.Evaluation.Llm;

public sealed class LlmProviderWiringTests
{
    [Fact]
    public async Task Azure_with_a_key_calls_the_deployment_route()
    {
        await using var server = new ScriptedOpenAiServer(ScriptedOpenAiReply.Completion(LlmTestData.ValidJudgement()));
        var options = new LlmOptions
        {
            Provider = Providers.AzureOpenAI,
            Endpoint = $"http://127.0.0.1:{server.BaseUri.Port}/",
            Model = "deploiement-gpt4o",
            ApiKey = "cle-de-test",
            Timeout = TimeSpan.FromSeconds(10),
        };
        using var runner = LlmTestData.Runner(options);

        var outcome = await new LlmCriterionEvaluator(runner).EvaluateAsync(LlmTestData.Request(), TestContext.Current.CancellationToken);

        Assert.True(outcome.Succeeded, outcome.Failure?.Reason);
        Assert.Contains("/openai/deployments/deploiement-gpt4o/chat/completions", Assert.Single(server.Requests).Path, StringComparison.Ordinal);
        Assert.Equal("json_schema", server.Requests[0].Json.GetProperty("response_format").GetProperty("type").GetString());
    }

    [Fact]
    public void Azure_without_a_key_builds_with_Entra_ID()
    {
        var kernel = LlmKernelFactory.Create(new LlmOptions { Provider = Providers.AzureOpenAI, Endpoint = "https://exemple.openai.azure.com/", Model = "gpt-4o" });

        Assert.NotNull(kernel.GetRequiredService<Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService>());
    }

    [Fact]
    public void Offline_registers_no_model_evaluator_and_a_provider_registers_all_four()
    {
        var offline = Services(new() { ["Grader:Llm:Provider"] = "offline" });
        Assert.Null(offline.GetService<ICriterionEvaluator>());

        var remote = Services(new()
        {
            ["Grader:Llm:Provider"] = "openai-compatible",
            ["Grader:Llm:Endpoint"] = "http://127.0.0.1:9/v1",
            ["Grader:Llm:Model"] = "mistral",
            ["Grader:Llm:PromptsPath"] = Path.Combine(RepositoryPaths.Root, "prompts"),
            ["Grader:Llm:CacheEnabled"] = "false",
        });
        Assert.IsType<LlmCriterionEvaluator>(remote.GetService<ICriterionEvaluator>());
        Assert.IsType<LlmDeliverablesChecker>(remote.GetService<IDeliverablesChecker>());
        Assert.IsType<LlmFeedbackDrafter>(remote.GetService<IFeedbackDrafter>());
        Assert.IsType<LlmOralQuestionDrafter>(remote.GetService<IOralQuestionDrafter>());
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddGraderLlm(configuration).BuildServiceProvider();
    }
}
