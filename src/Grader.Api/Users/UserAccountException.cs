using Grader.Pipeline.Common;

namespace Grader.Api.Users;

/// <summary>An account could not be created or changed; the message lists Identity's reasons in French.</summary>
public sealed class UserAccountException(string code, string message) : GraderException(code, message);
