using System.Net;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Evaluation.Orchestration;
using Grader.Pipeline.Privacy;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Tests.Evaluation.Verification;
using Grader.Pipeline.Tests.Support;

namespace Grader.Pipeline.Tests.Evaluation.Orchestration;

/// <summary>
/// The model path end to end through the real Semantic Kernel connector against a loopback server: nothing
/// personal leaves the machine, the juror gets the real values back, and one failing compétence does not stop
/// the others.
/// </summary>
public sealed class LlmPathTests : IDisposable
{
    private const string Name = "Camille Durand";
    private const string Email = "camille.durand@example.fr";
    private const string Phone = "06 12 34 56 78";
    private const string Iban = "FR76 3000 6000 0112 3456 7890 189";

    private static readonly Epreuve E2 = new RubricIndex(EvaluationHarness.Rubric).GetEpreuve("e2");

    private readonly string folder = Directory.CreateTempSubdirectory("grader-llm-path-").FullName;

    [Fact]
    public async Task No_personal_data_reaches_the_provider_and_the_juror_sees_it_restored()
    {
        await using var server = new RoutingOpenAiServer(r => ValidModelAnswers.For(r, E2));
        using var harness = Harness(server);
        var dossier = DossierWithPersonalData();

        var assessment = await harness.EvaluateAsync(new EvaluationRequest(
            EvaluationHarness.Rubric, [dossier], Epreuve: "e2", Candidate: new CandidateIdentity(Name, "20241234", Email)));

        Assert.NotEmpty(server.Requests);
        foreach (var request in server.Requests)
        {
            foreach (var secret in new[] { "Camille", "Durand", "DURAND", Email, Phone, "0612345678", "FR76", "3000 6000 0112", "20241234" })
            {
                Assert.DoesNotContain(secret, request.Body, StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.Contains(server.Requests, r => r.Body.Contains("[CANDIDAT]", StringComparison.Ordinal));
        Assert.Equal(Providers.OpenAICompatible, assessment.Provider);
        Assert.All(assessment.Criteria, c =>
        {
            Assert.Equal(CriterionState.Ok, c.Status.State);
            Assert.Contains(Name, c.Rationale, StringComparison.Ordinal);
            Assert.DoesNotContain("[CANDIDAT]", c.Rationale + string.Concat(c.OralQuestions), StringComparison.Ordinal);
            Assert.DoesNotContain(c.Flags, f => f.Kind == AssessmentFlagKinds.Heuristic);
        });
        var quotes = assessment.Criteria.SelectMany(c => c.Evidence).ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.True(q.Verified));
        Assert.Contains(quotes, q => q.Quote.Contains(Name, StringComparison.Ordinal));
        Assert.True(assessment.Provenance.Tokens.Total.Input > 0);
        Assert.True(assessment.Provenance.Tokens.Total.EstimatedInput > 0);
        Assert.Contains(assessment.Provenance.Prompts, p => p.Id == "evaluate-criterion" && p.Sha256.StartsWith("sha256:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_competence_whose_calls_fail_is_reported_failed_while_the_others_complete()
    {
        await using var server = new RoutingOpenAiServer(r =>
            r.Body.Contains("C.2.2.3. Concevoir", StringComparison.Ordinal) && !r.Body.Contains("\"strengths\"", StringComparison.Ordinal)
                ? ScriptedOpenAiReply.Error(HttpStatusCode.InternalServerError)
                : ValidModelAnswers.For(r, E2));
        using var harness = Harness(server);

        var assessment = await harness.EvaluateAsync(new EvaluationRequest(EvaluationHarness.Rubric, [EvaluationHarness.EvalSetPdf("e2-faible")], Epreuve: "e2"));

        var failed = Assert.Single(assessment.Criteria, c => c.Status.IsFailed);
        Assert.Equal("C.2.2.3.", failed.Code);
        Assert.Null(failed.Level);
        Assert.Contains(failed.Flags, f => f.Kind == AssessmentFlagKinds.Failed);
        Assert.False(string.IsNullOrWhiteSpace(failed.Status.Reason));
        Assert.All(assessment.Criteria.Where(c => c != failed), c => Assert.Equal(2, c.Level));
        Assert.DoesNotContain(assessment.Flags, f => f.Kind == AssessmentFlagKinds.Heuristic);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static EvaluationHarness Harness(RoutingOpenAiServer server) => new(new Dictionary<string, string?>
    {
        ["Grader:Llm:Provider"] = "openai-compatible",
        ["Grader:Llm:Endpoint"] = server.BaseUri.ToString(),
        ["Grader:Llm:Model"] = "mistral-test",
        ["Grader:Llm:MaxRetries"] = "1",
        ["Grader:Llm:RetryBaseDelay"] = "00:00:00.010",
        ["Grader:Llm:Timeout"] = "00:00:20",
        ["Grader:Llm:CacheEnabled"] = "false",
        ["Grader:Llm:PromptsPath"] = Path.Combine(RepositoryPaths.Root, "prompts"),
    });

    // An eval-set dossier as Markdown, with the candidate's personal data in a passage about the plan itself.
    private string DossierWithPersonalData()
    {
        var paragraphs = EvalSetDossiers.Load("e2-faible").Text.Text.Segments.Select(s => s.Block.Text.Replace("\n", " ", StringComparison.Ordinal)).ToList();
        var personal =
            $"{Name} a rédigé ce plan d’actions commerciales avec des objectifs opérationnels alignés sur la stratégie commerciale ; "
            + $"contact : {Email}, {Phone}. Le budget des actions commerciales est versé sur le compte {Iban}.";
        paragraphs.Insert(Math.Min(3, paragraphs.Count), personal);
        var path = Path.Combine(folder, "dossier-personnel.md");
        File.WriteAllText(path, string.Join("\n\n", paragraphs));
        return path;
    }
}
