using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Reporting;

namespace Grader.Pipeline.Tests.Reporting;

public sealed class PreAssessmentDocxWriterTests
{
    private static readonly PreAssessmentDocxWriter Writer = new();

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    private static string CellText(TableCell cell) => string.Join("\n", cell.Elements<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))));

    [Theory]
    [InlineData("e2-fort")]
    [InlineData("e1-moyen")]
    public void Grid_is_a_valid_office_document(string caseName)
    {
        using var document = Open(Writer.Write(SampleAssessments.FromLabels(caseName), SampleAssessments.Rubric.Value));

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document, TestContext.Current.CancellationToken).ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void Grid_has_one_row_per_compétence_with_empty_jury_columns_and_a_repeated_header()
    {
        var assessment = SampleAssessments.FromLabels("e2-fort");
        using var document = Open(Writer.Write(assessment, SampleAssessments.Rubric.Value));
        var grid = document.MainDocumentPart!.Document!.Body!.Elements<Table>().First();
        var rows = grid.Elements<TableRow>().ToList();

        var header = rows[0].Elements<TableCell>().Select(CellText).ToList();
        Assert.Equal(["Compétence", "Critères d’évaluation", "Niveau proposé", "Éléments relevés (citations vérifiées, pages)", "Décision du jury", "Commentaire du jury"], header);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal(assessment.Criteria.Count, rows.Count - 1);
        foreach (var (row, criterion) in rows.Skip(1).Zip(assessment.Criteria))
        {
            var cells = row.Elements<TableCell>().ToList();
            Assert.Equal(6, cells.Count);
            Assert.StartsWith(criterion.Code, CellText(cells[0]), StringComparison.Ordinal);
            Assert.Equal("", CellText(cells[4]));
            Assert.Equal("", CellText(cells[5]));
        }

        var first = rows[1].Elements<TableCell>().ToList();
        Assert.Contains("Le plan d’actions commerciales est rédigé avec des objectifs opérationnels clairs", CellText(first[1]), StringComparison.Ordinal);
        Assert.StartsWith("3 — maîtrisé", CellText(first[2]), StringComparison.Ordinal);
        Assert.Contains("«\u00A0Chaque action du plan est rattachée à l’un de ces choix et à un objectif chiffré attribué à une personne.\u00A0» (p.\u00A02)", CellText(first[3]), StringComparison.Ordinal);
    }

    [Fact]
    public void Page_is_landscape_a4_and_the_offline_notice_and_deliverables_are_there()
    {
        using var document = Open(Writer.Write(SampleAssessments.FromLabels("e2-fort"), SampleAssessments.Rubric.Value));
        var body = document.MainDocumentPart!.Document!.Body!;

        var size = body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        Assert.Equal(PageOrientationValues.Landscape, size.Orient!.Value);
        Assert.Equal(16838U, size.Width!.Value);
        var text = body.InnerText;
        Assert.Contains(AssessmentNotices.Offline, text, StringComparison.Ordinal);
        var deliverables = body.Elements<Table>().ElementAt(1).Elements<TableRow>().ToList();
        Assert.Equal(11, deliverables.Count); // header + the 10 items of E2
        Assert.Equal("l’analyse du marché et de la concurrence,", CellText(deliverables[1].Elements<TableCell>().First()));
        Assert.Contains("Tentative d’injection d’instructions", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Oral_only_compétence_has_no_level_but_the_soutenance_note()
    {
        var assessment = SampleAssessments.FromLabels("e1-moyen");
        using var document = Open(Writer.Write(assessment, SampleAssessments.Rubric.Value));
        var rows = document.MainDocumentPart!.Document!.Body!.Elements<Table>().First().Elements<TableRow>().ToList();

        var oral = rows.Single(r => CellText(r.Elements<TableCell>().First()).StartsWith("C.1.3.3.", StringComparison.Ordinal)).Elements<TableCell>().ToList();

        Assert.Equal("non évaluable à l’écrit — à apprécier en soutenance", CellText(oral[2]).Split('\n')[0]);
        Assert.Equal("À apprécier en soutenance.", CellText(oral[3]));
    }

    [Fact]
    public void Control_characters_from_a_dossier_do_not_break_the_document()
    {
        var assessment = SampleAssessments.FromLabels("e2-fort");
        var first = assessment.Criteria[0] with
        {
            Evidence = [new EvidenceQuote { Quote = "texte\u0001 avec\u000B caractères \uD800 de contrôle", Page = 1, Verified = true }],
        };

        using var document = Open(Writer.Write(assessment with { Criteria = [first] }, SampleAssessments.Rubric.Value));

        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document, TestContext.Current.CancellationToken));
        Assert.Contains("texte avec caractères  de contrôle", document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }
}
