namespace Grader.Api.ModelProviders;

/// <summary>Where an effective setting of a provider comes from, as the administration page shows it.</summary>
public static class ProviderSettingSources
{
    /// <summary><c>Grader:Llm</c> (appsettings, environment variables), for the configured provider only.</summary>
    public const string Configuration = "configuration";

    /// <summary>Stored by an administrator (<c>PUT /api/admin/providers/{provider}</c>); wins over the configuration.</summary>
    public const string Administration = "administration";
}
