namespace Grader.Api.Identity;

public sealed record SignInRequest(string Email, string Password);

public sealed record RefreshRequest(string RefreshToken);

/// <summary>The signed-in account as the web application and API clients see it.</summary>
public sealed record CurrentUser(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, Guid? CandidateId);
