using Grader.Api.Tests.Support;

namespace Grader.Api.Tests.Dossiers;

/// <summary>The test service with background processing tuned to notice work quickly (short polls and progress writes).</summary>
public sealed class ProcessingApiFactory : GraderApiFactory
{
    public ProcessingApiFactory()
    {
        With("Grader:Jobs:PollInterval", "00:00:00.200");
        With("Grader:Jobs:ProgressWriteInterval", "00:00:00.100");
        With("Grader:Jobs:Workers", "2");
        With("Grader:Jobs:MaxRetries", "0");
    }
}
