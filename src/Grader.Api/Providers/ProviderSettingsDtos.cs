namespace Grader.Api.ModelProviders;

/// <param name="DefaultProvider">The provider of <c>Grader:Llm:Provider</c>, used by sessions that name none.</param>
/// <param name="LanguageModelUsed">False when the default is <c>offline</c>: evaluation then runs without a language model.</param>
public sealed record ProviderSettingsListDto(string DefaultProvider, bool LanguageModelUsed, IReadOnlyList<ProviderSettingsDto> Providers);

/// <summary>
/// A provider's effective settings and where each comes from (<c>configuration</c>, <c>administration</c>, or null when
/// unset). Whether a key exists, never the key: not even masked or in part.
/// </summary>
public sealed record ProviderSettingsDto(
    string Provider,
    string Label,
    bool IsDefault,
    string? Endpoint,
    string? EndpointSource,
    string? Model,
    string? ModelSource,
    bool HasApiKey,
    string? ApiKeySource,
    DateTimeOffset? UpdatedAt,
    string? UpdatedBy,
    long? Revision);

/// <param name="Endpoint">Empty: the configuration's, or the provider's default address (OpenAI).</param>
/// <param name="ApiKey">Omitted or null keeps the stored key; a value replaces it.</param>
/// <param name="RemoveApiKey">Deletes the stored key (the configuration's, if any, applies again).</param>
public sealed record UpdateProviderSettingsRequest(string? Endpoint, string? Model, string? ApiKey = null, bool? RemoveApiKey = null);

/// <param name="Outcome">
/// <c>succes</c>, <c>cle-refusee</c>, <c>adresse-injoignable</c>, <c>modele-inconnu</c>, <c>delai-depasse</c>,
/// <c>reglages-incomplets</c> or <c>erreur</c>.
/// </param>
/// <param name="Message">The French sentence the page shows.</param>
public sealed record ProviderTestResultDto(string Provider, bool Success, string Outcome, string Message);
