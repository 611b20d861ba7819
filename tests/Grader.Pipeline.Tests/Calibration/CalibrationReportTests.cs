using System.Text.RegularExpressions;
using Grader.Pipeline.Calibration;
using Grader.Pipeline.Calibration.Comparison;
using Grader.Pipeline.Calibration.Gates;
using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Calibration.Quality;
using Grader.Pipeline.Calibration.Reports;
using Grader.Pipeline.Evaluation.Model;

namespace Grader.Pipeline.Tests.Calibration;

public sealed partial class CalibrationReportTests
{
    private static readonly QualityReportSettings Settings = new("grader calibrate --set eval-sets/dossiers-v1", new BootstrapOptions(Resamples: 100));

    // One level under the jury where the jury gave 2 or 3, with a quote: every such pair is a disagreement with evidence.
    private static readonly ICaseEvaluator Harsh = new DelegateCaseEvaluator((c, _) => Task.FromResult(FakeEvaluators.Assessment(
        c,
        label => FakeEvaluators.Criterion(label, label.Level is >= 2 ? label.Level - 1 : label.Level) with
        {
            Evidence = [new EvidenceQuote { Quote = "Le plan prévoit <trois> canaux & un budget.", Page = 4, Verified = true }],
        },
        d => d.Presence)));

    private static async Task<ConfigurationRun> RunAsync(ICaseEvaluator evaluator, string label)
    {
        var set = CalibrationFixtures.DossiersV1;
        var outcomes = await QualityRun.EvaluateAsync(set, evaluator, progress: null, TestContext.Current.CancellationToken);
        return new ConfigurationRun(set, outcomes, CalibrationReportBuilder.Build(set, outcomes, Settings, GateThresholds.Default, label));
    }

    [Fact]
    public async Task The_html_report_is_self_contained_accessible_and_escapes_the_dossier_text()
    {
        var html = CalibrationReportHtml.Write((await RunAsync(Harsh, "configuration par défaut")).Report);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        // Every chart is labelled: as many <title id=…> as <svg role="img" aria-labelledby=…>.
        var charts = Regex.Count(html, "<svg role=\"img\" aria-labelledby=\"([a-z0-9-]+)-t ");
        Assert.True(charts >= 2, "at least the agreement bars and the overall confusion matrix");
        Assert.Equal(charts, Regex.Count(html, "<title id=\"[a-z0-9-]+-t\">"));
        Assert.Equal(charts, Regex.Count(html, "<desc id=\"[a-z0-9-]+-d\">"));
        Assert.Contains("<th scope=\"col\">Compétence</th>", html, StringComparison.Ordinal);
        foreach (var section in new[] { "Seuils d’acceptation par critère", "Niveaux — ensemble des compétences", "Niveaux par compétence", "Matrices de confusion par compétence", "Éléments attendus du dossier (livrables)", "Coût", "Désaccords (" })
        {
            Assert.Contains(section, html, StringComparison.Ordinal);
        }

        Assert.Contains("«\u00A0Le plan prévoit &lt;trois&gt; canaux &amp; un budget.\u00A0»", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<trois>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_markdown_report_lists_every_disagreement_with_both_levels_rationale_and_evidence()
    {
        var report = (await RunAsync(Harsh, "configuration par défaut")).Report;
        var markdown = CalibrationReportMarkdown.Write(report);

        // dossiers-v1 has 19 jury levels of 2 or 3.
        Assert.Equal(19, report.Quality.Disagreements.Count);
        Assert.Contains($"## Désaccords (19)", markdown, StringComparison.Ordinal);
        Assert.Contains("| e1-fort | C.1.1.1. | 3 | 2 | Niveau 2 proposé pour C.1.1.1.. | p.\u00A04\u00A0: «\u00A0Le plan prévoit \\<trois\\> canaux & un budget.\u00A0» |", markdown, StringComparison.Ordinal);
        Assert.Contains("## Seuils d’acceptation par critère", markdown, StringComparison.Ordinal);
        Assert.Contains("## Coût", markdown, StringComparison.Ordinal);
        Assert.Contains("- Configuration\u00A0: configuration par défaut", markdown, StringComparison.Ordinal);
        var gate = report.Gates.Single(g => g.Code == "C.1.1.1.");
        Assert.Equal(GateStatus.Failed, gate.Status);
    }

    [Fact]
    public async Task A_comparison_pairs_the_same_levels_and_gives_the_difference_with_its_interval()
    {
        var a = await RunAsync(Harsh, "A");
        var b = await RunAsync(FakeEvaluators.Echo, "B");

        var comparison = CalibrationComparisonBuilder.Build(a, b, "grader calibrate --compare", new BootstrapOptions(200), []);

        Assert.Equal(6, comparison.Cases);
        Assert.Equal(39, comparison.Pairs);
        var exact = comparison.Overall.Single(f => f.Name == "Accord exact").Value;
        Assert.Equal(20.0 / 39, exact.A!.Value, 10);
        Assert.Equal(1, exact.B);
        Assert.Equal(19.0 / 39, exact.Difference!.Value, 10);
        Assert.True(exact.Interval!.Lower > 0, "B is better on every case, so the interval excludes 0");
        var markdown = CalibrationComparisonWriters.Markdown(comparison, summaryOnly: true);
        Assert.Contains("| Accord exact | 0,51 | 1,00 | +0,49 |", markdown, StringComparison.Ordinal);
        Assert.DoesNotMatch(ExternalReference(), CalibrationComparisonWriters.Html(comparison));
    }

    [GeneratedRegex("(src|href)\\s*=\\s*\"?https?://|url\\(|@import|https?://", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
