using System.Text.Json;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Reporting;
using Grader.Pipeline.Tests.Evaluation.Verification;
using Grader.Pipeline.Tests.Reporting;
using Json.Schema;

namespace Grader.Pipeline.Tests.Evaluation.Orchestration;

/// <summary>The real offline evaluators through the orchestrator on labelled eval-set dossiers.</summary>
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
            output.WriteLine($"  livrables: " + string.Join(", ", assessment.Deliverables.Select(d => $"{d.ItemId}={d.Present}")));
        }

        Assert.True(strong.Criteria.Average(c => c.Level ?? 0) > weak.Criteria.Average(c => c.Level ?? 0));
        Assert.True(strong.Deliverables.Count(d => d.Present != DeliverablePresence.Absent) > weak.Deliverables.Count(d => d.Present != DeliverablePresence.Absent));
    }

    [Theory]
    [InlineData("e2-fort")]
    [InlineData("e2-faible")]
    public async Task Every_quote_is_verified_and_verbatim_in_the_dossier(string caseName)
    {
        var assessment = await fixture.For(caseName);
        var text = EvalSetDossiers.Load(caseName).Text.Text.Text;
        var quotes = assessment.Criteria.SelectMany(c => c.Evidence).Concat(assessment.Deliverables.SelectMany(d => d.Evidence)).ToList();

        Assert.NotEmpty(quotes);
        Assert.All(quotes, q =>
        {
            Assert.True(q.Verified);
            Assert.NotNull(q.Page);
            Assert.Contains(q.Quote, text, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(assessment.Flags, f => f.Kind == AssessmentFlagKinds.UnverifiedQuote);
    }

    [Fact]
    public async Task Every_criterion_is_flagged_heuristic_and_the_notice_says_no_model_was_used()
    {
        var assessment = await fixture.For("e2-fort");

        Assert.Equal(Providers.Offline, assessment.Provider);
        Assert.False(assessment.LanguageModelUsed);
        Assert.Equal(AssessmentNotices.Offline, assessment.Notice);
        Assert.Equal(7, assessment.Criteria.Count);
        Assert.All(assessment.Criteria, c =>
        {
            Assert.Contains(c.Flags, f => f.Kind == AssessmentFlagKinds.Heuristic);
            Assert.InRange(c.Confidence ?? 0, 0, 0.5);
            Assert.False(string.IsNullOrWhiteSpace(c.Feedback));
        });
        Assert.Equal(10, assessment.Deliverables.Count);
        Assert.Contains("sans modèle", assessment.CandidateFeedback + assessment.Notice, StringComparison.Ordinal);
        Assert.Null(assessment.Provenance.Model);
        Assert.Contains(assessment.Provenance.Prompts, p => p.Id == "offline-criterion");
        Assert.Contains(assessment.Provenance.Timings, t => t.Stage == "ingestion");
    }

    [Fact]
    public async Task Oral_only_competence_has_no_level_and_questions_for_the_soutenance()
    {
        var assessment = await fixture.For("e1-faible");

        var oral = Assert.Single(assessment.Criteria, c => c.Assessable == Assessable.Oral);
        Assert.Equal("C.1.3.3.", oral.Code);
        Assert.Null(oral.Level);
        Assert.Null(oral.Confidence);
        Assert.NotEmpty(oral.OralQuestions);
        Assert.Contains("uniquement à l’oral", oral.Rationale, StringComparison.Ordinal);
        Assert.All(assessment.Criteria.Where(c => c.Assessable != Assessable.Oral), c => Assert.NotNull(c.Level));
    }

    [Fact]
    public async Task Json_follows_the_evaluate_contract()
    {
        var json = new PreAssessmentJsonWriter().Write(await fixture.For("e2-fort"));
        using var document = JsonDocument.Parse(json);

        var result = ContractSchema.Evaluate.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }
}
