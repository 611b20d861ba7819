using Grader.Pipeline.Calibration;

namespace Grader.Pipeline.Tests.Calibration;

public sealed class SecondMarkLabelsTests
{
    [Fact]
    public void A_second_jurors_level_is_read_when_present_and_absent_otherwise()
    {
        var folder = CalibrationFixtures.WriteSet("""
            {
              "epreuve": "e2",
              "criteria": {
                "C.2.1.1.": { "level": 2, "secondLevel": 3 },
                "C.2.1.2.": { "level": 1, "secondLevel": null },
                "C.2.2.1.": { "level": 0 }
              }
            }
            """);

        var labels = EvaluationSet.Read(folder, CalibrationFixtures.Rubric).Cases.Single().Labels.Criteria;

        Assert.Equal([3, null, null], labels.Select(l => l.SecondLevel));
        Assert.Equal([2, 1, 0], labels.Select(l => l.Level));
    }

    [Fact]
    public void A_second_level_off_the_scale_is_refused_in_french()
    {
        var folder = CalibrationFixtures.WriteSet("""{ "epreuve": "e2", "criteria": { "C.2.1.1.": { "level": 2, "secondLevel": 5 } } }""");

        var error = Assert.Throws<EvaluationSetException>(() => EvaluationSet.Read(folder, CalibrationFixtures.Rubric));

        Assert.Contains("compétence « C.2.1.1. » : second niveau (« secondLevel ») 5 hors de l’échelle du référentiel (0, 1, 2, 3, ou null s’il n’y a pas de seconde correction).", error.Message, StringComparison.Ordinal);
    }
}
