namespace Grader.Api.Identity;

/// <summary>
/// <c>Grader:Auth:Oidc</c>: an institution's OpenID Connect provider. Sign-in through it is offered only when
/// <see cref="Authority"/> is set. Accounts stay provisioned by an administrator: the provider proves who the user is
/// (matched by e-mail), the roles remain Grader's.
/// </summary>
public sealed class OidcOptions
{
    public const string SectionName = "Grader:Auth:Oidc";
    public const string Scheme = "oidc";

    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    /// <summary>Display name of the provider on the sign-in page.</summary>
    public string DisplayName { get; set; } = "Connexion de l’établissement";
}
