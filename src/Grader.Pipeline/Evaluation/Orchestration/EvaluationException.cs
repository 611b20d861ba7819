using Grader.Pipeline.Common;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>A request the user can correct (no file, épreuve and bloc both or neither given…), with a French message.</summary>
public sealed class EvaluationException(string code, string userMessage) : GraderException(code, userMessage);
