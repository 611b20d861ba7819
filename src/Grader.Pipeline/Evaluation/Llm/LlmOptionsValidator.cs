using Microsoft.Extensions.Options;
using Providers = Grader.Pipeline.Evaluation.Model.Providers;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>Checks <see cref="LlmOptions"/> at start-up and says in French what to fix.</summary>
public sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        var problems = new List<string>();
        var provider = Providers.Normalize(options.Provider);
        if (!Providers.All.Contains(provider))
        {
            problems.Add($"Grader:Llm:Provider « {options.Provider} » est inconnu ; valeurs possibles : {string.Join(", ", Providers.All)}.");
            return ValidateOptionsResult.Fail(problems);
        }

        if (provider != Providers.Offline)
        {
            ValidateRemote(provider, options, problems);
        }

        if (options.Temperature is < 0 or > 2)
        {
            problems.Add("Grader:Llm:Temperature doit être comprise entre 0 et 2 (0 recommandé pour des résultats reproductibles).");
        }

        if (options.MaxConcurrency is < 1 or > 64)
        {
            problems.Add("Grader:Llm:MaxConcurrency doit être compris entre 1 et 64.");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(30))
        {
            problems.Add("Grader:Llm:Timeout doit être une durée positive d’au plus 30 minutes (par exemple 00:02:00).");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            problems.Add("Grader:Llm:MaxRetries doit être compris entre 0 et 10.");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero)
        {
            problems.Add("Grader:Llm:RetryBaseDelay ne peut pas être négatif.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void ValidateRemote(string provider, LlmOptions options, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(options.Model))
        {
            problems.Add(provider == Providers.AzureOpenAI
                ? "Grader:Llm:Model doit indiquer le nom du déploiement Azure OpenAI."
                : "Grader:Llm:Model doit indiquer le modèle (par exemple gpt-4o-mini, ou mistral-small pour un serveur local).");
        }

        // Azure accepts Entra ID when no key is given; OpenAI-compatible servers such as Ollama need none.
        if (provider == Providers.OpenAI && string.IsNullOrWhiteSpace(options.ApiKey))
        {
            problems.Add("Grader:Llm:ApiKey est obligatoire pour le fournisseur « openai ».");
        }

        if (provider is Providers.AzureOpenAI or Providers.OpenAICompatible)
        {
            if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
            {
                problems.Add($"Grader:Llm:Endpoint doit être une URL http(s) absolue pour le fournisseur « {provider} ».");
            }
            else if (provider == Providers.OpenAICompatible && !endpoint.AbsolutePath.TrimEnd('/').EndsWith("/v1", StringComparison.Ordinal))
            {
                problems.Add($"Grader:Llm:Endpoint doit se terminer par /v1 pour un serveur compatible OpenAI (par exemple http://localhost:11434/v1), reçu « {options.Endpoint} ».");
            }
        }
    }
}
