using Grader.Persistence;
using Grader.Persistence.Entities;
using Grader.Pipeline.Evaluation.Llm;
using Microsoft.EntityFrameworkCore;
using Providers = Grader.Pipeline.Evaluation.Model.Providers;

namespace Grader.Api.ModelProviders;

/// <summary>
/// Computes a provider's effective settings. Precedence, per field: what the administration stored, then
/// <c>Grader:Llm</c> — whose endpoint, model and key belong to the configured provider (<c>Grader:Llm:Provider</c>)
/// only: another provider never inherits them, so a key configured for one provider is never sent to another.
/// The other keys of <c>Grader:Llm</c> (timeouts, retries, concurrency, prompts…) apply to every provider.
/// </summary>
public sealed class ProviderSettingsResolver(IServiceScopeFactory scopes, IConfiguration configuration, ProviderKeyProtector keys)
{
    /// <summary>Every provider that uses a language model: those an administrator can set up.</summary>
    public static IReadOnlyList<string> Editable { get; } = Providers.All.Where(Providers.UsesLanguageModel).ToList();

    /// <summary>The provider of <c>Grader:Llm:Provider</c>, the default of new sessions.</summary>
    public string ConfiguredProvider =>
        Providers.Normalize(configuration.GetSection(LlmOptions.SectionName)[nameof(LlmOptions.Provider)] ?? Providers.Offline);

    public async Task<EffectiveProviderSettings> ResolveAsync(string provider, CancellationToken cancellationToken)
    {
        var name = Providers.Normalize(provider);
        var stored = Providers.UsesLanguageModel(name) ? await LoadAsync(name, cancellationToken) : null;
        return Resolve(name, stored);
    }

    public async Task<IReadOnlyList<EffectiveProviderSettings>> ResolveAllAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<GraderDbContext>().ProviderSettings.AsNoTracking().ToListAsync(cancellationToken);
        return Editable.Select(p => Resolve(p, stored.SingleOrDefault(s => s.Provider == p))).ToList();
    }

    private async Task<ProviderSetting?> LoadAsync(string provider, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GraderDbContext>().ProviderSettings.AsNoTracking()
            .SingleOrDefaultAsync(s => s.Provider == provider, cancellationToken);
    }

    private EffectiveProviderSettings Resolve(string provider, ProviderSetting? stored)
    {
        var options = configuration.GetSection(LlmOptions.SectionName).Get<LlmOptions>() ?? new LlmOptions();
        options.Provider = provider;
        var configured = provider == ConfiguredProvider;
        if (!configured)
        {
            options.Endpoint = options.Model = options.ApiKey = null;
        }

        var storedKey = keys.Unprotect(stored?.ProtectedApiKey, provider);
        var endpointSource = Source(stored?.Endpoint, options.Endpoint);
        var modelSource = Source(stored?.Model, options.Model);
        var keySource = Source(storedKey, options.ApiKey);
        options.Endpoint = Blank(stored?.Endpoint) ? options.Endpoint : stored!.Endpoint;
        options.Model = Blank(stored?.Model) ? options.Model : stored!.Model;
        options.ApiKey = Blank(storedKey) ? options.ApiKey : storedKey;
        return new EffectiveProviderSettings
        {
            Provider = provider,
            Options = options,
            EndpointSource = endpointSource,
            ModelSource = modelSource,
            ApiKeySource = keySource,
            Revision = stored?.Version,
            UpdatedAt = stored?.UpdatedAt,
            UpdatedBy = stored?.UpdatedBy,
        };
    }

    private static string? Source(string? stored, string? configured) =>
        !Blank(stored) ? ProviderSettingSources.Administration
        : !Blank(configured) ? ProviderSettingSources.Configuration
        : null;

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}
