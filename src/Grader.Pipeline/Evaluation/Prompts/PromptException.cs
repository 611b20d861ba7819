using Grader.Pipeline.Common;

namespace Grader.Pipeline.Evaluation.Prompts;

/// <summary>A prompt folder is missing or invalid; the message says in French which file to fix.</summary>
public sealed class PromptException(string code, string userMessage, Exception? inner = null)
    : GraderException(code, userMessage, inner);
