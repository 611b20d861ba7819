using System.Text.Json;
using Grader.Pipeline.Evaluation.Orchestration;
using Grader.Pipeline.Reporting;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Guidelines;
using Grader.Pipeline.Tests.Reporting;
using Grader.Pipeline.Tests.Support;
using Json.Schema;

namespace Grader.Pipeline.Tests.Evaluation.Orchestration;

/// <summary>The shipped guidelines reach the model and the provenance through a whole E2 run; an explicit « none » removes them.</summary>
public sealed class GuidelinesPipelineTests
{
    // Words of the shipped C.2.1.1 level-2 anchor (rubrics/developpement-commercial/guidelines/1.0.0.yaml).
    private const string ShippedAnchorWords = "gagner 15 comptes PME";

    private static readonly RubricIndex Index = new(EvaluationHarness.Rubric);

    [Fact]
    public async Task The_guidelines_in_force_are_sent_for_their_competence_and_recorded_in_the_provenance()
    {
        await using var server = new RoutingOpenAiServer(r => ValidModelAnswers.For(r, Index.GetEpreuve("e2")));
        using var harness = Harness(server);
        var shipped = GuidelinesLoader.LoadLatestValid(GuidelinesLoader.FolderBeside(EvaluationHarness.Rubric), Index);

        var assessment = await harness.EvaluateAsync(new EvaluationRequest(EvaluationHarness.Rubric, [EvaluationHarness.EvalSetPdf("e2-faible")], Epreuve: "e2"));

        Assert.Equal(new Grader.Pipeline.Evaluation.Model.GuidelinesReference("1.0.0", GuidelinesFingerprint.Compute(shipped)), assessment.Provenance.Guidelines);
        var withAnchor = Assert.Single(server.Requests, r => r.Body.Contains(ShippedAnchorWords, StringComparison.Ordinal));
        Assert.Contains("C.2.1.1.", withAnchor.Body, StringComparison.Ordinal);
        Assert.Contains(assessment.Provenance.Prompts, p => p is { Id: "evaluate-criterion", Version: "1.1.0" });

        var json = new PreAssessmentJsonWriter().Write(assessment);
        using var document = JsonDocument.Parse(json);
        Assert.True(ContractSchema.Evaluate.Value.Evaluate(document.RootElement).IsValid);
        Assert.Equal("1.0.0", document.RootElement.GetProperty("provenance").GetProperty("guidelines").GetProperty("version").GetString());
    }

    [Fact]
    public async Task Without_guidelines_nothing_is_sent_and_the_provenance_keeps_its_former_shape()
    {
        await using var server = new RoutingOpenAiServer(r => ValidModelAnswers.For(r, Index.GetEpreuve("e2")));
        using var harness = Harness(server);

        var assessment = await harness.EvaluateAsync(new EvaluationRequest(
            EvaluationHarness.Rubric, [EvaluationHarness.EvalSetPdf("e2-faible")], Epreuve: "e2", Guidelines: GuidelineSet.None(EvaluationHarness.Rubric.Id)));

        Assert.Null(assessment.Provenance.Guidelines);
        Assert.NotEmpty(server.Requests);
        Assert.DoesNotContain(server.Requests, r => r.Body.Contains(ShippedAnchorWords, StringComparison.Ordinal));
        using var document = JsonDocument.Parse(new PreAssessmentJsonWriter().Write(assessment));
        Assert.False(document.RootElement.GetProperty("provenance").TryGetProperty("guidelines", out _));
    }

    private static EvaluationHarness Harness(RoutingOpenAiServer server) => new(new Dictionary<string, string?>
    {
        ["Grader:Llm:Provider"] = "openai-compatible",
        ["Grader:Llm:Endpoint"] = server.BaseUri.ToString(),
        ["Grader:Llm:Model"] = "mistral-test",
        ["Grader:Llm:MaxRetries"] = "1",
        ["Grader:Llm:RetryBaseDelay"] = "00:00:00.010",
        ["Grader:Llm:CacheEnabled"] = "false",
        ["Grader:Llm:PromptsPath"] = Path.Combine(RepositoryPaths.Root, "prompts"),
    });
}
