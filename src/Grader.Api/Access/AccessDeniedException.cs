using Grader.Pipeline.Common;

namespace Grader.Api.Access;

/// <summary>The caller may not reach this resource; answered 404 with a French message that names no one's data.</summary>
public sealed class AccessDeniedException(string what)
    : GraderException("resource-not-found", $"{what} est introuvable ou ne vous est pas accessible.");
