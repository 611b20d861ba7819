namespace Grader.Pipeline.Common;

/// <summary>
/// An error a user can cause (bad file, unknown épreuve, invalid rubric...). <see cref="Exception.Message"/>
/// is the French text shown to the user; <see cref="Code"/> is a stable English identifier for logs,
/// problem details and tests.
/// </summary>
public abstract class GraderException : Exception
{
    protected GraderException(string code, string userMessage, Exception? inner = null)
        : base(userMessage, inner)
    {
        Code = code;
    }

    /// <summary>Stable machine-readable code, e.g. <c>unsupported-format</c>.</summary>
    public string Code { get; }
}
