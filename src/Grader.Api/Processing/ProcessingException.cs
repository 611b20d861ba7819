using Grader.Pipeline.Common;

namespace Grader.Api.Processing;

/// <summary>A processing failure that trying again would not fix (a stored file gone…), with its French message.</summary>
public sealed class ProcessingException(string code, string userMessage) : GraderException(code, userMessage);
