namespace Grader.Persistence.Entities;

/// <summary>
/// An administrator's settings for one language-model provider (never <c>offline</c>). Each field, when set, overrides
/// the same field of <c>Grader:Llm</c> for that provider. The API key is stored only as the ciphertext of ASP.NET Core
/// Data Protection: a copy of the database alone does not give the key away.
/// </summary>
public sealed class ProviderSetting : IVersioned
{
    /// <summary>The provider's name as in <c>Grader:Llm:Provider</c>: <c>azure-openai</c>, <c>openai</c>, <c>openai-compatible</c>.</summary>
    public required string Provider { get; set; }

    public string? Endpoint { get; set; }

    /// <summary>The model, or the deployment name on Azure.</summary>
    public string? Model { get; set; }

    /// <summary>The API key protected by Data Protection; null when the administration stores none.</summary>
    public string? ProtectedApiKey { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    /// <summary>The revision: bumped on every update, so that a pipeline built from older settings is rebuilt.</summary>
    public long Version { get; set; }
}
