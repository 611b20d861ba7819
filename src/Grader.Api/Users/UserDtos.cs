namespace Grader.Api.Users;

public sealed record CreateUserRequest(string Email, string DisplayName, string Password, IReadOnlyList<string> Roles);

public sealed record SetRolesRequest(IReadOnlyList<string> Roles);

public sealed record UserDto(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt);
