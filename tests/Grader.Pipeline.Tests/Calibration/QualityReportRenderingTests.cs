using System.Text.Json;
using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Calibration.Quality;

namespace Grader.Pipeline.Tests.Calibration;

public sealed class QualityReportRenderingTests
{
    private static async Task<QualityReport> EchoReportAsync()
    {
        var set = CalibrationFixtures.DossiersV1;
        var outcomes = await QualityRun.EvaluateAsync(set, FakeEvaluators.Echo, null, TestContext.Current.CancellationToken);
        return QualityReportBuilder.Build(set, outcomes, new QualityReportSettings("grader bench quality --set eval-sets/dossiers-v1", new BootstrapOptions(Resamples: 100)));
    }

    [Fact]
    public async Task Markdown_is_french_with_decimal_commas_and_the_command()
    {
        var markdown = QualityReportMarkdown.Write(await EchoReportAsync());

        Assert.StartsWith("# Qualité des pré-évaluations — jeu «\u00A0dossiers-v1\u00A0»", markdown, StringComparison.Ordinal);
        Assert.Contains("grader bench quality --set eval-sets/dossiers-v1", markdown, StringComparison.Ordinal);
        Assert.Contains("| Kappa pondéré quadratique (QWK) | 1,00 | 0,00 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Accord exact | 1,00 |", markdown, StringComparison.Ordinal);
        Assert.Contains("## Niveaux par compétence", markdown, StringComparison.Ordinal);
        Assert.Contains("| C.2.2.4. | E2 | 3 | 0 | 1,00 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Absents retrouvés (rappel) | 1,00 | 0,00 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Absents\u00A0: précision | 1,00 | — |", markdown, StringComparison.Ordinal);
        Assert.Contains("jury sans niveau, oral seul\u00A0: 3", markdown, StringComparison.Ordinal);
        Assert.Contains("| **2** | 0 | 0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("Aucun\u00A0: Grader a proposé le niveau du jury", markdown, StringComparison.Ordinal);
        Assert.Contains("- Jetons\u00A0: aucun relevé", markdown, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d\.\d\d \|", markdown);
    }

    [Fact]
    public async Task Disagreements_show_a_shortened_escaped_rationale()
    {
        var set = CalibrationFixtures.DossiersV1;
        var rationale = "Le dossier | cite *peu* de sources. " + string.Concat(Enumerable.Repeat("Analyse trop générale du marché. ", 20));
        var evaluator = new Pipeline.Calibration.DelegateCaseEvaluator((c, _) => Task.FromResult(FakeEvaluators.Assessment(
            c,
            l => FakeEvaluators.Criterion(l, l.Level is null ? null : 3 - l.Level.Value) with { Rationale = rationale },
            d => d.Presence)));
        var outcomes = await QualityRun.EvaluateAsync(set, evaluator, null, TestContext.Current.CancellationToken);

        var markdown = QualityReportMarkdown.Write(QualityReportBuilder.Build(set, outcomes, new QualityReportSettings("grader", new BootstrapOptions(Resamples: 10))));

        var row = markdown.Split('\n').First(l => l.StartsWith("| e1-faible | C.1.1.1. | 1 | 2 |", StringComparison.Ordinal));
        Assert.Contains("Le dossier \\| cite \\*peu\\* de sources.", row, StringComparison.Ordinal);
        Assert.EndsWith("\u2026 |", row, StringComparison.Ordinal);
        Assert.True(row.Length < 320, row);
    }

    [Fact]
    public async Task Json_writes_undefined_figures_as_null()
    {
        using var json = JsonDocument.Parse(QualityReportJson.Write(await EchoReportAsync()));
        var root = json.RootElement;

        Assert.Equal(1.0, root.GetProperty("overall").GetProperty("grader").GetProperty("kappa").GetDouble(), 12);
        Assert.Equal(39, root.GetProperty("overall").GetProperty("grader").GetProperty("pairs").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("deliverables").GetProperty("baseline").GetProperty("absent").GetProperty("precision").ValueKind);
        var oral = root.GetProperty("perCriterion").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "C.1.3.3.");
        Assert.Equal(JsonValueKind.Null, oral.GetProperty("levels").GetProperty("grader").GetProperty("kappa").ValueKind);
        Assert.Equal(4, root.GetProperty("overall").GetProperty("grader").GetProperty("confusion").GetProperty("counts").GetArrayLength());
    }

    [Theory]
    [InlineData(0.7256, "0,73")]
    [InlineData(-0.125, "-0,13")]
    [InlineData(-0.001, "0,00")]
    [InlineData(null, "—")]
    public void Numbers_use_the_decimal_comma(double? value, string expected) => Assert.Equal(expected, FrenchFigures.Number(value));

    [Fact]
    public void Thousands_take_a_thin_no_break_space() => Assert.Equal("1\u202F000", FrenchFigures.Count(1000));
}
