using Grader.Pipeline.Common;

namespace Grader.Cli.Bench.Service;

/// <summary>The measured service could not be reached or refused the set-up; the message says what to check.</summary>
internal sealed class ServiceBenchException(string message) : GraderException("service-bench", message);
