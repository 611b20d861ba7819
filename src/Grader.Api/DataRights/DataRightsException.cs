using Grader.Pipeline.Common;

namespace Grader.Api.DataRights;

/// <summary>An export or erasure request that cannot be honoured, with the reason in French (codes ending in <c>-not-found</c> answer 404).</summary>
public sealed class DataRightsException(string code, string message) : GraderException(code, message);
