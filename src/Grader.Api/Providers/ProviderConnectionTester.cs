using Azure.Identity;
using Grader.Pipeline.Evaluation.Llm;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Grader.Api.ModelProviders;

/// <summary>
/// Tries one tiny chat completion with a provider's effective settings and says in French how it went. Never throws for
/// what the provider or the network does, and never waits long. Nothing of the provider's answer is logged or returned:
/// an error body may quote the key it refused (OpenAI shows part of it).
/// </summary>
public sealed class ProviderConnectionTester(ILogger<ProviderConnectionTester> logger)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public async Task<ProviderTestResultDto> TestAsync(EffectiveProviderSettings settings, CancellationToken cancellationToken)
    {
        var result = await TryAsync(settings, cancellationToken);
        logger.LogInformation("Connection test of provider {Provider}: {Outcome}.", settings.Provider, result.Outcome);
        return result;
    }

    private static async Task<ProviderTestResultDto> TryAsync(EffectiveProviderSettings settings, CancellationToken cancellationToken)
    {
        var provider = settings.Provider;
        var options = ForTest(settings.Options);
        var validation = new LlmOptionsValidator().Validate(null, options);
        if (validation.Failed)
        {
            return Result(provider, "reglages-incomplets", $"Réglages incomplets : {string.Join(" ", validation.Failures)}");
        }

        using var transport = new SocketsHttpHandler();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Timeout);
        try
        {
            var kernel = LlmKernelFactory.Create(options, transport);
            var chat = kernel.GetRequiredService<IChatCompletionService>();
            var history = new ChatHistory();
            history.AddUserMessage("Réponds seulement : ok.");
            await chat.GetChatMessageContentAsync(history, new OpenAIPromptExecutionSettings { MaxTokens = 5, Temperature = 0 }, kernel, limit.Token);
            return Result(provider, "succes", $"Succès : le modèle « {options.Model} » a répondu.");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return Classify(provider, ex, limit.IsCancellationRequested);
        }
    }

    private static LlmOptions ForTest(LlmOptions effective) => new()
    {
        Provider = effective.Provider,
        Endpoint = effective.Endpoint,
        Model = effective.Model,
        ApiKey = effective.ApiKey,
        Temperature = 0,
        MaxConcurrency = 1,
        Timeout = Timeout,
        MaxRetries = 0,
        RetryBaseDelay = TimeSpan.Zero,
        CacheEnabled = false,
    };

    private static ProviderTestResultDto Classify(string provider, Exception exception, bool timedOut)
    {
        var status = StatusOf(exception);
        if (status is 401 or 403)
        {
            return Result(provider, "cle-refusee", $"Échec : clé refusée par le fournisseur (HTTP {status}). Vérifiez la clé d’API et ses droits.");
        }

        if (status == 404)
        {
            return Result(provider, "modele-inconnu", "Échec : modèle inconnu (HTTP 404). Vérifiez le nom du modèle ou du déploiement, et que l’adresse mène bien à l’API.");
        }

        if (status is 408 or 504 || timedOut || Has<TimeoutException>(exception))
        {
            return Result(provider, "delai-depasse", $"Échec : délai dépassé, le fournisseur n’a pas répondu en {Timeout.TotalSeconds:0} secondes.");
        }

        if (Has<AuthenticationFailedException>(exception) || Has<CredentialUnavailableException>(exception))
        {
            return Result(provider, "cle-refusee", "Échec : aucune clé d’API et aucune identité Entra ID utilisable pour Azure OpenAI.");
        }

        if (status is { } code)
        {
            return Result(provider, "erreur", $"Échec : le fournisseur a répondu HTTP {code}.");
        }

        if (Has<HttpRequestException>(exception) || Has<System.Net.Sockets.SocketException>(exception))
        {
            return Result(provider, "adresse-injoignable", "Échec : adresse injoignable. Vérifiez l’adresse, le réseau et que le serveur est démarré.");
        }

        return Result(provider, "erreur", "Échec : le fournisseur a donné une réponse inattendue.");
    }

    private static int? StatusOf(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case HttpOperationException { StatusCode: { } code }:
                    return (int)code;
                case HttpRequestException { StatusCode: { } code }:
                    return (int)code;
                case System.ClientModel.ClientResultException { Status: > 0 } result:
                    return result.Status;
            }
        }

        return null;
    }

    private static bool Has<T>(Exception exception) where T : Exception
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is T)
            {
                return true;
            }
        }

        return false;
    }

    private static ProviderTestResultDto Result(string provider, string outcome, string message) =>
        new(provider, outcome == "succes", outcome, message);
}
