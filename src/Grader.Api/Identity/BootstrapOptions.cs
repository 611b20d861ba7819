namespace Grader.Api.Identity;

/// <summary>
/// <c>Grader:Bootstrap</c>: the first administrator, created at start when no administrator exists yet
/// (environment: <c>Grader__Bootstrap__AdminEmail</c>, <c>Grader__Bootstrap__AdminPassword</c>). There is no default
/// password: without these, the service starts with no account and says how to create one.
/// </summary>
public sealed class BootstrapOptions
{
    public const string SectionName = "Grader:Bootstrap";

    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
}
