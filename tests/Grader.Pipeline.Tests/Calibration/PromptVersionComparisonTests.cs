using System.Text.Json;
using System.Text.Json.Nodes;
using Grader.Pipeline.Calibration;
using Grader.Pipeline.Calibration.Comparison;
using Grader.Pipeline.Calibration.Gates;
using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Calibration.Quality;
using Grader.Pipeline.Calibration.Reports;
using Grader.Pipeline.Evaluation.Orchestration;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Tests.Evaluation.Orchestration;
using Grader.Pipeline.Tests.Support;

namespace Grader.Pipeline.Tests.Calibration;

/// <summary>
/// Two prompt versions compared on the same cases through the real model path, against a scripted OpenAI-compatible
/// server that proposes level 2 under the first version and level 3 under the second (recognised by a line of its prompt).
/// </summary>
public sealed class PromptVersionComparisonTests : IDisposable
{
    private const string Marker = "Version des consignes : B.";
    private static readonly Epreuve E2 = new RubricIndex(CalibrationFixtures.Rubric).GetEpreuve("e2");
    private readonly string folder = Directory.CreateTempSubdirectory("grader-prompt-versions-").FullName;

    [Fact]
    public async Task Each_prompt_version_gives_its_levels_and_the_comparison_shows_the_difference()
    {
        var promptsA = CopyPrompts("prompts-v1", marker: null);
        var promptsB = CopyPrompts("prompts-v2", Marker);
        var set = TwoCaseSet();
        await using var server = new RoutingOpenAiServer(Answer);

        var a = await RunAsync(set, server, promptsA, "prompts=prompts-v1");
        var b = await RunAsync(set, server, promptsB, "prompts=prompts-v2");
        var comparison = CalibrationComparisonBuilder.Build(a, b, "grader calibrate --compare", new BootstrapOptions(100), []);

        var humans = set.Cases.SelectMany(c => c.Labels.Criteria).Where(l => l.Level is not null).Select(l => l.Level!.Value).ToList();
        var exact = comparison.Overall.Single(f => f.Name == "Accord exact").Value;
        Assert.Equal(humans.Count, comparison.Pairs);
        Assert.Equal(humans.Count(h => h == 2) / (double)humans.Count, exact.A!.Value, 10);
        Assert.Equal(humans.Count(h => h == 3) / (double)humans.Count, exact.B!.Value, 10);
        Assert.Equal(2, a.Report.Quality.Overall.Grader.AiMean);
        Assert.Equal(3, b.Report.Quality.Overall.Grader.AiMean);
        // Each report names the prompt version it measured: same id, different content hash.
        var hashA = a.Report.Prompts.Single(p => p.Id == "evaluate-criterion").Sha256;
        var hashB = b.Report.Prompts.Single(p => p.Id == "evaluate-criterion").Sha256;
        Assert.NotEqual(hashA, hashB);
        Assert.Contains(server.Requests, r => r.Body.Contains(Marker, StringComparison.Ordinal));
        Assert.Contains("| QWK |", CalibrationComparisonWriters.Markdown(comparison, summaryOnly: true), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    // The well-behaved model of the orchestration tests, with level 3 instead of 2 when the prompt is version B.
    private static ScriptedOpenAiReply Answer(ScriptedOpenAiRequest request)
    {
        var reply = ValidModelAnswers.For(request, E2);
        if (!request.Body.Contains(Marker, StringComparison.Ordinal))
        {
            return reply;
        }

        var content = JsonNode.Parse(JsonNode.Parse(reply.Body)!["choices"]![0]!["message"]!["content"]!.GetValue<string>())!;
        content["level"] = 3;
        return ScriptedOpenAiReply.Completion(content.ToJsonString());
    }

    private static async Task<ConfigurationRun> RunAsync(EvaluationSet set, RoutingOpenAiServer server, string prompts, string label)
    {
        var harness = new EvaluationHarness(new Dictionary<string, string?>
        {
            ["Grader:Llm:Provider"] = "openai-compatible",
            ["Grader:Llm:Endpoint"] = server.BaseUri.ToString(),
            ["Grader:Llm:Model"] = "modele-test",
            ["Grader:Llm:MaxRetries"] = "1",
            ["Grader:Llm:RetryBaseDelay"] = "00:00:00.010",
            ["Grader:Llm:CacheEnabled"] = "false",
            ["Grader:Llm:PromptsPath"] = prompts,
        });
        var evaluator = new DelegateCaseEvaluator(
            async (c, ct) => (await harness.Service.EvaluateAsync(new EvaluationRequest(c.Rubric, [c.DossierPath], c.Epreuve.Id), ct)).Assessment!,
            owner: harness);
        var outcomes = await QualityRun.EvaluateAndDisposeAsync(set, evaluator, progress: null, TestContext.Current.CancellationToken);
        var settings = new QualityReportSettings("grader calibrate --compare", new BootstrapOptions(100));
        return new ConfigurationRun(set, outcomes, CalibrationReportBuilder.Build(set, outcomes, settings, GateThresholds.Default, label));
    }

    private string CopyPrompts(string name, string? marker)
    {
        var target = Path.Combine(folder, name);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "prompts"), "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(Path.Combine(RepositoryPaths.Root, "prompts"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        if (marker is not null)
        {
            var prompt = Path.Combine(target, "evaluate-criterion", "skprompt.txt");
            File.WriteAllText(prompt, File.ReadAllText(prompt).Replace("</message>", marker + "\n</message>", StringComparison.Ordinal));
        }

        return target;
    }

    private EvaluationSet TwoCaseSet()
    {
        var set = Path.Combine(folder, "set");
        foreach (var name in new[] { "e2-faible", "e2-moyen" })
        {
            var target = Directory.CreateDirectory(Path.Combine(set, name)).FullName;
            File.Copy(Path.Combine(CalibrationFixtures.SetFolder, name, "labels.json"), Path.Combine(target, "labels.json"));
            File.Copy(Path.Combine(CalibrationFixtures.SetFolder, name, "dossier.pdf"), Path.Combine(target, "dossier.pdf"));
        }

        return EvaluationSet.Read(set, CalibrationFixtures.Rubric);
    }
}
