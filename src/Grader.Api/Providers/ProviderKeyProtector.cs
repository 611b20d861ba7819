using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Grader.Api.ModelProviders;

/// <summary>
/// Encrypts the providers' API keys with ASP.NET Core Data Protection under a purpose of their own, so that neither a
/// copy of the database nor a cookie or token protector can read them. The key ring lives in the same database
/// (<c>DataProtectionKeys</c>): every instance of the service reads the keys that another one stored.
/// </summary>
public sealed class ProviderKeyProtector(IDataProtectionProvider dataProtection, ILogger<ProviderKeyProtector> logger)
{
    public const string Purpose = "Grader.Providers.ApiKey.v1";

    private readonly IDataProtector _protector = dataProtection.CreateProtector(Purpose);

    public string Protect(string apiKey) => _protector.Protect(apiKey);

    /// <summary>The key in clear, or null when it cannot be read any more (key ring lost or rotated away): the administrator then stores it again.</summary>
    public string? Unprotect(string? protectedApiKey, string provider)
    {
        if (string.IsNullOrEmpty(protectedApiKey))
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(protectedApiKey);
        }
        catch (CryptographicException)
        {
            // Never the ciphertext nor the exception's text in the logs: only which provider needs its key again.
            logger.LogWarning("The stored API key of provider {Provider} cannot be decrypted (data-protection key ring changed); it is ignored until stored again.", provider);
            return null;
        }
    }
}
