using Microsoft.Extensions.Options;

namespace Grader.Pipeline.Embeddings;

/// <summary>Checks <see cref="EmbeddingOptions"/> at start-up and says in French what to fix.</summary>
public sealed class EmbeddingOptionsValidator : IValidateOptions<EmbeddingOptions>
{
    public ValidateOptionsResult Validate(string? name, EmbeddingOptions options)
    {
        var problems = new List<string>();
        var provider = options.Provider?.Trim().ToLowerInvariant() ?? string.Empty;
        if (!EmbeddingProviders.All.Contains(provider))
        {
            problems.Add($"Grader:Embeddings:Provider « {options.Provider} » est inconnu ; valeurs possibles : {string.Join(", ", EmbeddingProviders.All)}.");
            return ValidateOptionsResult.Fail(problems);
        }

        var remote = provider is EmbeddingProviders.OpenAI or EmbeddingProviders.AzureOpenAI or EmbeddingProviders.OpenAICompatible;
        if (remote && string.IsNullOrWhiteSpace(options.Model))
        {
            problems.Add(provider == EmbeddingProviders.AzureOpenAI
                ? "Grader:Embeddings:Model doit indiquer le nom du déploiement Azure OpenAI du modèle d’embeddings."
                : "Grader:Embeddings:Model doit indiquer le modèle d’embeddings (par exemple text-embedding-3-small).");
        }

        if (provider is EmbeddingProviders.OpenAI or EmbeddingProviders.AzureOpenAI && string.IsNullOrWhiteSpace(options.ApiKey))
        {
            problems.Add($"Grader:Embeddings:ApiKey est obligatoire pour le fournisseur « {provider} ».");
        }

        if (provider is EmbeddingProviders.AzureOpenAI or EmbeddingProviders.OpenAICompatible)
        {
            if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
            {
                problems.Add($"Grader:Embeddings:Endpoint doit être une URL http(s) absolue pour le fournisseur « {provider} ».");
            }
            else if (provider == EmbeddingProviders.OpenAICompatible && !endpoint.AbsolutePath.TrimEnd('/').EndsWith("/v1", StringComparison.Ordinal))
            {
                problems.Add($"Grader:Embeddings:Endpoint doit se terminer par /v1 pour un serveur compatible OpenAI (par exemple http://localhost:11434/v1), reçu « {options.Endpoint} ».");
            }
        }

        if (options.Dimensions is <= 0)
        {
            problems.Add("Grader:Embeddings:Dimensions doit être un entier positif.");
        }

        if (options.BatchSize is < 1 or > 2048)
        {
            problems.Add("Grader:Embeddings:BatchSize doit être compris entre 1 et 2048.");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            problems.Add("Grader:Embeddings:MaxRetries doit être compris entre 0 et 10.");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero)
        {
            problems.Add("Grader:Embeddings:RetryBaseDelay ne peut pas être négatif.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
