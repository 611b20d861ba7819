using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Evaluation.Offline;
using Grader.Pipeline.Tests.Evaluation.Llm;

namespace Grader.Pipeline.Tests.Evaluation.Offline;

public sealed class OfflineCriterionEvaluatorTests
{
    private const string Survey =
        "Selon l’enquête menée en mars 2024 auprès de 40 clients, le diagnostic commercial montre un taux de fidélité de 62 %. "
        + "Les sources identifiées sont l’INSEE et notre étude interne.";

    private static readonly CriterionEvaluationRequest Request = LlmTestData.Request(
        Survey,
        "Le diagnostic commercial de l’entreprise s’appuie sur trois sources identifiées, citées en annexe, et sur nos ventes de 2023.",
        "La cantine propose un menu végétarien le jeudi.");

    [Fact]
    public async Task Evidence_quotes_are_exact_sentences_of_the_cited_passage()
    {
        var outcome = await new OfflineCriterionEvaluator().EvaluateAsync(Request, TestContext.Current.CancellationToken);

        var judgement = Assert.IsType<CriterionJudgement>(outcome.Value);
        Assert.NotEmpty(judgement.Evidence);
        Assert.All(judgement.Evidence, q => Assert.Contains(q.Quote, Request.Passages.Single(p => p.ChunkId == q.ChunkId).Text, StringComparison.Ordinal));
        Assert.DoesNotContain(judgement.Evidence, q => q.ChunkId == "chunk-3");
    }

    [Fact]
    public async Task Outcome_is_offline_low_confidence_and_deterministic()
    {
        var evaluator = new OfflineCriterionEvaluator();
        var first = await evaluator.EvaluateAsync(Request, TestContext.Current.CancellationToken);
        var second = await evaluator.EvaluateAsync(Request, TestContext.Current.CancellationToken);

        Assert.Equal(Providers.Offline, first.Provider);
        Assert.Equal(TokenUsage.None, first.Usage);
        Assert.True(first.Value!.Confidence <= 0.5);
        Assert.Equal(first.Value.Level, second.Value!.Level);
        Assert.Equal(first.Value.Rationale, second.Value.Rationale);
        Assert.Contains("p.\u00A03", first.Value.Rationale, StringComparison.Ordinal);
        Assert.Contains("sans modèle de langue", first.Value.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Criteria_whose_words_are_absent_are_missing()
    {
        var outcome = await new OfflineCriterionEvaluator().EvaluateAsync(LlmTestData.Request("La cantine propose un menu végétarien le jeudi."), TestContext.Current.CancellationToken);

        Assert.Equal(0, outcome.Value!.Level);
        Assert.Empty(outcome.Value.Evidence);
        Assert.Equal(["Le diagnostic s’appuie sur des sources identifiées."], outcome.Value.Missing);
    }

    [Fact]
    public async Task Feedback_and_questions_come_from_the_gaps()
    {
        var request = LlmTestData.Request("La cantine propose un menu végétarien le jeudi.");
        var feedback = await new OfflineFeedbackDrafter().DraftAsync(
            new FeedbackDraftRequest(request.Epreuve, request.Competence, request.Rubric, request.Dossier, "", request.Passages), TestContext.Current.CancellationToken);
        var questions = await new OfflineOralQuestionDrafter().DraftAsync(
            new OralQuestionsRequest(request.Epreuve, request.Competence, request.Rubric, request.Dossier, ["Le diagnostic s’appuie sur des sources identifiées."], request.Passages),
            TestContext.Current.CancellationToken);

        Assert.Contains(feedback.Value!.Improvements, i => i.What.Contains("sources identifiées", StringComparison.Ordinal));
        Assert.DoesNotContain("niveau", feedback.Value.Summary, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("sources identifiées", Assert.Single(questions.Value!.Questions).Question, StringComparison.Ordinal);
    }
}
