using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Evaluation.Offline;
using Grader.Pipeline.Evaluation.Orchestration;
using Grader.Pipeline.Evaluation.Prompts;
using Grader.Pipeline.Evaluation.Verification;
using Grader.Pipeline.Tests.Evaluation.Llm;

namespace Grader.Pipeline.Tests.Evaluation.Orchestration;

/// <summary>Self-consistency: N draws, the median level, the spread, a confidence from agreement and a flag on disagreement.</summary>
public sealed class SamplingTests
{
    [Fact]
    public void Median_of_an_even_count_is_the_lower_one_and_agreement_sets_confidence()
    {
        var aggregate = SampleAggregate.From([Judgement(1), Judgement(3), Judgement(2), Judgement(2)]);

        Assert.Equal(2, aggregate.Level);
        Assert.Equal(2, aggregate.Spread);
        Assert.True(aggregate.Disagrees);
        Assert.Equal(0.35, aggregate.Confidence);
    }

    [Fact]
    public async Task Disagreeing_draws_give_the_median_with_a_low_confidence_flag()
    {
        var assessor = new WrittenCriterionAssessor(new DrawsBySample(1, 3, 2), new OfflineOralQuestionDrafter(), new OfflineFeedbackDrafter());
        var scope = new CriterionScope(
            LlmTestData.Epreuve, LlmTestData.Rubric, LlmTestData.Dossier, Samples: 3, Offline: false,
            new ProviderPrivacy(usesProvider: true, candidate: null), new EvidencePolicy(new QuoteVerifier([]), LlmTestData.Scale));

        var assessment = await assessor.AssessAsync(scope, LlmTestData.Competence, LlmTestData.Passages("Nous avons interrogé 40 clients."), new OutcomeLedger(), TestContext.Current.CancellationToken);

        Assert.Equal(2, assessment.Level);
        Assert.Equal([1, 3, 2], assessment.Samples);
        Assert.Contains(assessment.Flags, f => f.Kind == AssessmentFlagKinds.LowConfidence && f.Detail.Contains("1, 3, 2", StringComparison.Ordinal));
        Assert.True(assessment.Confidence < 0.5);
    }

    private static CriterionJudgement Judgement(int level) => new()
    {
        Level = level,
        Rationale = "r",
        Evidence = [],
        Missing = [],
        Confidence = 0.7,
        OralQuestions = ["Question ?"],
        InjectionSuspected = false,
        InjectionNote = "",
    };

    /// <summary>A stand-in model whose level depends on the draw, as a model at a higher temperature might.</summary>
    private sealed class DrawsBySample(params int[] levels) : ICriterionEvaluator
    {
        public Task<EvaluationOutcome<CriterionJudgement>> EvaluateAsync(CriterionEvaluationRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(new EvaluationOutcome<CriterionJudgement>(
                Judgement(levels[request.Sample]), null, "openai-compatible", "stub", new PromptProvenance("evaluate-criterion", "1", "sha256:x"), new TokenUsage(10, 5), false, 1, TimeSpan.Zero));

        public Task<TokenBudget> EstimateAsync(CriterionEvaluationRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(new TokenBudget("evaluate-criterion", 100, 50));
    }
}
