using Grader.Pipeline.Evaluation.Llm;

namespace Grader.Pipeline.Tests.Evaluation.Llm;

public sealed class LlmOptionsValidatorTests
{
    private readonly LlmOptionsValidator validator = new();

    [Fact]
    public void Offline_by_default_needs_nothing() => Assert.True(validator.Validate(null, new LlmOptions()).Succeeded);

    [Fact]
    public void Unknown_provider_lists_the_choices_in_french()
    {
        var result = validator.Validate(null, new LlmOptions { Provider = "gemini" });

        Assert.Contains("est inconnu ; valeurs possibles : offline, azure-openai, openai, openai-compatible", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Compatible_endpoint_must_end_with_v1()
    {
        var result = validator.Validate(null, new LlmOptions { Provider = "openai-compatible", Endpoint = "http://localhost:11434", Model = "mistral" });

        Assert.Contains("doit se terminer par /v1", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenAI_requires_a_key_but_Azure_may_use_Entra_ID()
    {
        Assert.Contains("ApiKey est obligatoire", validator.Validate(null, new LlmOptions { Provider = "openai", Model = "gpt-4o-mini" }).FailureMessage, StringComparison.Ordinal);
        Assert.True(validator.Validate(null, new LlmOptions { Provider = "azure-openai", Endpoint = "https://exemple.openai.azure.com", Model = "gpt-4o" }).Succeeded);
    }

    [Fact]
    public void Limits_are_checked()
    {
        var result = validator.Validate(null, new LlmOptions { Temperature = 3, MaxConcurrency = 0, Timeout = TimeSpan.Zero, MaxRetries = 11 });

        Assert.Equal(4, result.Failures!.Count());
    }
}
