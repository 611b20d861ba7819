using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Evaluation.Orchestration;

namespace Grader.Pipeline.Tests.Evaluation.Orchestration;

public sealed class CandidateFeedbackComposerTests
{
    private static CriterionAssessment Criterion(string code, int level, params string[] missing) => new()
    {
        Code = code, CompetenceId = code, Assessable = Assessable.Written, Level = level, Missing = missing, Feedback = "Retour.",
    };

    [Fact]
    public void Synthesis_names_the_priorities_without_any_level()
    {
        var text = CandidateFeedbackComposer.Compose(
        [
            Criterion("C.2.1.1.", 3),
            Criterion("C.2.2.3.", 0, "a", "b", "c"),
            Criterion("C.2.2.4.", 1, "a"),
            CriterionAssessment.FailedFor("C.2.2.5.", "c-2-2-5", Assessable.Written, "erreur 500"),
            new CriterionAssessment { Code = "C.1.3.3.", CompetenceId = "c-1-3-3", Assessable = Assessable.Oral },
        ]);

        Assert.Contains("de 1 des 3 compétences évaluées", text, StringComparison.Ordinal);
        Assert.Contains("C.2.2.3 (3 points à développer), C.2.2.4 (1 point à développer)", text, StringComparison.Ordinal);
        Assert.Contains("soutenance", text, StringComparison.Ordinal);
        Assert.DoesNotContain("niveau", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("erreur 500", text, StringComparison.Ordinal);
    }
}
