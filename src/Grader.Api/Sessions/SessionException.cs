using Grader.Pipeline.Common;

namespace Grader.Api.Sessions;

/// <summary>A session, jury or enrolment request that cannot be honoured, with the reason in French.</summary>
public sealed class SessionException(string code, string message) : GraderException(code, message);
