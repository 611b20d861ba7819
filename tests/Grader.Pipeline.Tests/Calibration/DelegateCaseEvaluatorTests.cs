using Grader.Pipeline.Calibration;

namespace Grader.Pipeline.Tests.Calibration;

public sealed class DelegateCaseEvaluatorTests
{
    [Fact]
    public async Task Forwards_to_the_delegate_and_disposes_its_owner()
    {
        var owner = new Owner();
        var evaluationCase = CalibrationFixtures.DossiersV1.Cases[0];
        await using (var evaluator = new DelegateCaseEvaluator((c, ct) => FakeEvaluators.Echo.EvaluateAsync(c, ct), owner))
        {
            var assessment = await evaluator.EvaluateAsync(evaluationCase, TestContext.Current.CancellationToken);
            Assert.Equal(evaluationCase.Epreuve.Id, assessment.Epreuve);
            Assert.False(owner.Disposed);
        }

        Assert.True(owner.Disposed);
    }

    private sealed class Owner : IDisposable
    {
        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }
}
