namespace Grader.Pipeline.Tests.Evaluation.Orchestration;

/// <summary>One harness and one scratch folder for a test class.</summary>
public sealed class EvaluationHarnessFixture : IDisposable
{
    public EvaluationHarness Harness { get; } = new();

    public string Folder { get; } = Directory.CreateTempSubdirectory("grader-injection-").FullName;

    public void Dispose()
    {
        Harness.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
