using Grader.Api.ModelProviders;
using Grader.Pipeline.Evaluation.Llm;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Providers = Grader.Pipeline.Evaluation.Model.Providers;

namespace Grader.Api.Infrastructure.Health;

/// <summary>
/// The language-model provider of <c>Grader:Llm</c>. Offline, nothing to check: healthy, and says no model is
/// used. A remote provider must be configured validly (unhealthy otherwise); when it has an endpoint, one
/// cheap request with a short timeout checks that the server answers — any HTTP status counts, since only
/// reachability is asked. An unreachable model is degraded, not unhealthy: dossiers can still be received and
/// read, and evaluations retry. No tokens are spent and the API key is never sent. The settings checked are the
/// configured provider's effective ones: what the administration stored wins over <c>Grader:Llm</c>.
/// </summary>
internal sealed class LanguageModelHealthCheck(IConfiguration configuration, ProviderSettingsResolver settings, IHttpClientFactory httpClients) : IHealthCheck
{
    public const string HttpClientName = "grader-llm-health";
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var options = await EffectiveOptionsAsync(cancellationToken);
        var provider = Providers.Normalize(options.Provider);
        if (provider == Providers.Offline || provider.Length == 0)
        {
            return HealthCheckResult.Healthy("Mode hors ligne : aucun modèle de langage n’est utilisé ; les pré-évaluations sont heuristiques et signalées comme telles.");
        }

        var validation = new LlmOptionsValidator().Validate(null, options);
        if (validation.Failed)
        {
            return HealthCheckResult.Unhealthy($"Modèle de langage « {provider} » mal configuré : {string.Join(" ", validation.Failures)}");
        }

        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint))
        {
            return HealthCheckResult.Healthy($"Modèle de langage « {provider} » ({options.Model}) configuré ; serveur non sondé (adresse par défaut du fournisseur).");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, endpoint);
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return HealthCheckResult.Healthy($"Modèle de langage « {provider} » ({options.Model}) : le serveur {endpoint.Host} répond.");
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            return HealthCheckResult.Degraded(
                $"Modèle de langage « {provider} » : le serveur {endpoint.Host} ne répond pas (délai de {ProbeTimeout.TotalSeconds:0} s) ; les évaluations attendront ou échoueront.");
        }
    }

    // The database has its own check: when it cannot be read, the configuration alone is judged.
    private async Task<LlmOptions> EffectiveOptionsAsync(CancellationToken cancellationToken)
    {
        var configured = configuration.GetSection(LlmOptions.SectionName).Get<LlmOptions>() ?? new LlmOptions();
        if (!Providers.UsesLanguageModel(Providers.Normalize(configured.Provider)) || !Providers.All.Contains(Providers.Normalize(configured.Provider)))
        {
            return configured;
        }

        try
        {
            return (await settings.ResolveAsync(configured.Provider, cancellationToken)).Options;
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return configured;
        }
    }
}
