using Grader.Pipeline.Common;

namespace Grader.Pipeline.Calibration;

/// <summary>An evaluation set that cannot be used: missing folder or files, unreadable or inconsistent labels.</summary>
public sealed class EvaluationSetException(string code, string userMessage, Exception? inner = null)
    : GraderException(code, userMessage, inner);
