using Grader.Pipeline.Common;

namespace Grader.Pipeline.Calibration.Profiles;

/// <summary>A calibration profile that cannot be read or written; the message is in French.</summary>
public sealed class CalibrationProfileException(string code, string userMessage, Exception? inner = null)
    : GraderException(code, userMessage, inner);
