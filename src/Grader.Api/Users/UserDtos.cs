namespace Grader.Api.Users;

public sealed record CreateUserRequest(string Email, string DisplayName, string Password, IReadOnlyList<string> Roles);

public sealed record SetRolesRequest(IReadOnlyList<string> Roles);

/// <param name="Disabled">True when an administrator has disabled the account: it can no longer sign in.</param>
public sealed record UserDto(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt, bool Disabled = false);

/// <summary>Disables (<c>enabled: false</c>) or re-enables an account.</summary>
public sealed record SetAccountStatusRequest(bool? Enabled);
