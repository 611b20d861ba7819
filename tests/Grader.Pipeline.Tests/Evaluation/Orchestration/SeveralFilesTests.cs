using Grader.Pipeline.Evaluation.Orchestration;
using Grader.Pipeline.Tests.Ingestion.OpenXml;

namespace Grader.Pipeline.Tests.Evaluation.Orchestration;

/// <summary>A written dossier with its visual support and dashboard: one dossier, evidence naming its file.</summary>
public sealed class SeveralFilesTests(EvaluationHarnessFixture fixture) : IClassFixture<EvaluationHarnessFixture>
{
    private const string SlideSentence =
        "Notre support de suivi de performance est un tableau de bord avec des indicateurs simples, revu chaque mois avec l’équipe commerciale.";

    [Fact]
    public async Task Files_are_indexed_together_and_evidence_says_which_file_it_comes_from()
    {
        var slides = Path.Combine(fixture.Folder, "support.pptx");
        File.WriteAllBytes(slides, PptxFixture.Build(new PptxFixture.SlideSpec(
            [PptxFixture.TextBox(500000, 500000, 10000000, 2000000, PptxFixture.Para(SlideSentence))])));
        var dashboard = Path.Combine(fixture.Folder, "tableau-de-bord.xlsx");
        File.WriteAllBytes(dashboard, XlsxFixture.Build(XlsxFixture.Sheet(
            "Suivi", ["Indicateur", "Cible", "Réalisé"], ["Taux de conversion", "5 %", "4 %"], ["Panier moyen", "1 200 €", "1 050 €"])));

        var assessment = await fixture.Harness.EvaluateAsync(new EvaluationRequest(
            EvaluationHarness.Rubric, [EvaluationHarness.EvalSetPdf("e2-faible"), slides, dashboard], Epreuve: "e2"));

        Assert.Equal(["dossier.pdf", "support.pptx", "tableau-de-bord.xlsx"], assessment.Dossier.Files.Select(f => f.Name));
        var dashboardItem = Assert.Single(assessment.Deliverables, d => d.ItemId == "e2.d9");
        Assert.Contains(dashboardItem.Evidence, q => q.File == "support.pptx" && q.Verified && q.Quote == SlideSentence);
        Assert.All(assessment.Criteria.SelectMany(c => c.Evidence), q => Assert.NotNull(q.File));
    }
}
