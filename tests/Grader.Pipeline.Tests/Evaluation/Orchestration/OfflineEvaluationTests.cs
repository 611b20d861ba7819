using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Tests.Evaluation.Verification;

namespace Grader.Pipeline.Tests.Evaluation.Orchestration;

public sealed class OfflineEvaluationTests(OfflineEvalSetFixture fixture, ITestOutputHelper output) : IClassFixture<OfflineEvalSetFixture>
{
    [Fact]
    public async Task Strong_dossier_gets_higher_levels_on_average_than_the_weak_one()
    {
        var strong = await fixture.For("e2-fort");
        var weak = await fixture.For("e2-faible");
        foreach (var (name, assessment) in new[] { ("e2-fort", strong), ("e2-faible", weak) })
        {
            output.WriteLine($"{name}: " + string.Join(", ", assessment.Criteria.Select(c => $"{c.Code}={c.Level}")));
            foreach (var c in assessment.Criteria) { output.WriteLine("  " + c.Code + " " + c.Rationale[..Math.Min(260, c.Rationale.Length)]); }
            output.WriteLine("  livrables: " + string.Join(", ", assessment.Deliverables.Select(d => $"{d.ItemId}={d.Present}")));
        }

        Assert.True(strong.Criteria.Average(c => c.Level ?? 0) > weak.Criteria.Average(c => c.Level ?? 0));
    }
}
