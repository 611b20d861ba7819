using Grader.Api.Feedback;
using Grader.Api.Tests.Review;

namespace Grader.Api.Tests.Feedback;

public sealed class FeedbackDraftComposerTests
{
    [Fact]
    public void An_offline_draft_says_it_was_written_without_a_language_model()
    {
        var offline = FeedbackDraftComposer.Compose(ReviewTestData.PreAssessment());
        var withModel = FeedbackDraftComposer.Compose(ReviewTestData.PreAssessment() with { LanguageModelUsed = true, Provider = "openai" });

        Assert.EndsWith(FeedbackDraftComposer.OfflineNotice, offline, StringComparison.Ordinal);
        Assert.DoesNotContain("sans modèle de langage", withModel, StringComparison.Ordinal);
    }

    [Fact]
    public void The_draft_holds_the_overall_advice_then_each_competence_s_note()
    {
        var assessment = ReviewTestData.PreAssessment();

        var text = FeedbackDraftComposer.Compose(assessment);

        Assert.StartsWith(assessment.CandidateFeedback.Trim(), text, StringComparison.Ordinal);
        Assert.Contains("Compétence par compétence", text, StringComparison.Ordinal);
    }
}
