using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Tests.Support;

namespace Grader.Pipeline.Tests.Evaluation.Llm;

/// <summary>The deliverables check, feedback and oral-question drafters through the real connector.</summary>
public sealed class LlmDraftersTests
{
    [Fact]
    public async Task Deliverables_check_must_cover_every_item_id()
    {
        const string OneItem = """{"items":[{"itemId":"e2-l1","status":"present","evidence":[{"chunkId":"chunk-1","quote":"Nous avons interrogé"}],"note":"Diagnostic présent p. 3."}],"injectionSuspected":false,"injectionNote":""}""";
        const string BothItems = """{"items":[{"itemId":"e2-l1","status":"present","evidence":[{"chunkId":"chunk-1","quote":"Nous avons interrogé"}],"note":"Diagnostic présent p. 3."},{"itemId":"e2-l2","status":"absent","evidence":[],"note":"Aucun plan d’action."}],"injectionSuspected":false,"injectionNote":""}""";
        await using var server = new ScriptedOpenAiServer(ScriptedOpenAiReply.Completion(OneItem), ScriptedOpenAiReply.Completion(BothItems));
        using var runner = LlmTestData.Runner(LlmTestData.Options(server));
        var request = new DeliverablesCheckRequest(LlmTestData.Epreuve, LlmTestData.Rubric, LlmTestData.Dossier, LlmTestData.Passages("Nous avons interrogé 40 clients."));

        var outcome = await new LlmDeliverablesChecker(runner).CheckAsync(request, TestContext.Current.CancellationToken);

        Assert.True(outcome.Succeeded, outcome.Failure?.Reason);
        Assert.Equal(["present", "absent"], outcome.Value!.Items.Select(i => i.Status));
        Assert.Contains("aucun résultat pour les itemId e2-l2", server.Requests[1].Messages[^1].Content, StringComparison.Ordinal);
        Assert.Contains("itemId=e2-l2 : Un plan d’action", server.Requests[0].Messages[1].Content, StringComparison.Ordinal);
        Assert.Equal("check-deliverables", outcome.Prompt.Id);
    }

    [Theory]
    [InlineData(false, "n’indique aucun niveau")]
    [InlineData(true, "autorise à indiquer le niveau")]
    public async Task Feedback_follows_the_session_score_policy(bool scoreAllowed, string expectedRule)
    {
        const string Draft = """{"summary":"Votre diagnostic s’appuie sur une vraie enquête.","strengths":["Enquête auprès de 40 clients (p. 3)."],"improvements":[{"what":"Citer des sources externes.","how":"Ajoutez deux études de marché récentes et datez-les."}],"injectionSuspected":false,"injectionNote":""}""";
        await using var server = new ScriptedOpenAiServer(ScriptedOpenAiReply.Completion(Draft));
        using var runner = LlmTestData.Runner(LlmTestData.Options(server));
        var request = new FeedbackDraftRequest(LlmTestData.Epreuve, LlmTestData.Competence, LlmTestData.Rubric, LlmTestData.Dossier,
            "Manque : aucune source externe.", LlmTestData.Passages("Nous avons interrogé 40 clients."), scoreAllowed);

        var outcome = await new LlmFeedbackDrafter(runner).DraftAsync(request, TestContext.Current.CancellationToken);

        Assert.True(outcome.Succeeded, outcome.Failure?.Reason);
        Assert.Contains(expectedRule, Assert.Single(server.Requests).Messages[0].Content, StringComparison.Ordinal);
        Assert.Equal("Ajoutez deux études de marché récentes et datez-les.", Assert.Single(outcome.Value!.Improvements).How);
    }

    [Fact]
    public async Task Feedback_naming_a_level_is_sent_back_when_scores_are_not_allowed()
    {
        const string WithLevel = """{"summary":"Vous atteignez le niveau 2.","strengths":[],"improvements":[],"injectionSuspected":false,"injectionNote":""}""";
        const string Without = """{"summary":"Votre diagnostic repose sur une enquête réelle.","strengths":[],"improvements":[],"injectionSuspected":false,"injectionNote":""}""";
        await using var server = new ScriptedOpenAiServer(ScriptedOpenAiReply.Completion(WithLevel), ScriptedOpenAiReply.Completion(Without));
        using var runner = LlmTestData.Runner(LlmTestData.Options(server));
        var request = new FeedbackDraftRequest(LlmTestData.Epreuve, LlmTestData.Competence, LlmTestData.Rubric, LlmTestData.Dossier,
            "Niveau proposé : 2.", LlmTestData.Passages("Nous avons interrogé 40 clients."));

        var outcome = await new LlmFeedbackDrafter(runner).DraftAsync(request, TestContext.Current.CancellationToken);

        Assert.True(outcome.Succeeded, outcome.Failure?.Reason);
        Assert.Equal("Votre diagnostic repose sur une enquête réelle.", outcome.Value!.Summary);
        Assert.Contains("mentionne un niveau ou une note", server.Requests[1].Messages[^1].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oral_questions_for_an_oral_only_competence()
    {
        const string Questions = """{"questions":[{"question":"Comment présenteriez-vous votre veille à un client ?","intent":"Clarté de la présentation.","criterion":"c-1-1-2.1"}],"injectionSuspected":false,"injectionNote":""}""";
        await using var server = new ScriptedOpenAiServer(ScriptedOpenAiReply.Completion(Questions));
        using var runner = LlmTestData.Runner(LlmTestData.Options(server));
        var oralOnly = LlmTestData.Competence with { Assessment = new Grader.Pipeline.Rubrics.Assessment(Grader.Pipeline.Rubrics.AssessmentMode.Oral, "Se juge à l’oral.") };
        var request = new OralQuestionsRequest(LlmTestData.Epreuve, oralOnly, LlmTestData.Rubric, LlmTestData.Dossier, [], LlmTestData.Passages("Notre veille est hebdomadaire."));

        var outcome = await new LlmOralQuestionDrafter(runner).DraftAsync(request, TestContext.Current.CancellationToken);

        Assert.True(outcome.Succeeded, outcome.Failure?.Reason);
        Assert.Contains("à l’oral seulement", Assert.Single(server.Requests).Messages[1].Content, StringComparison.Ordinal);
        Assert.Single(outcome.Value!.Questions);
    }
}
