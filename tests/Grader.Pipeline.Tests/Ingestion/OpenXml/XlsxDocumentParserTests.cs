using DocumentFormat.OpenXml.Spreadsheet;
using Grader.Pipeline.Ingestion;
using Grader.Pipeline.Ingestion.OpenXml.Xlsx;
using Microsoft.Extensions.Logging.Abstractions;
using static Grader.Pipeline.Tests.Ingestion.OpenXml.XlsxFixture;

namespace Grader.Pipeline.Tests.Ingestion.OpenXml;

public sealed class XlsxDocumentParserTests
{
    private static readonly XlsxDocumentParser Parser = new(NullLogger<XlsxDocumentParser>.Instance);

    private static ParserOutput Parse(byte[] xlsx, IngestionOptions? options = null) =>
        Parser.Parse(OfficeTestSupport.Input(xlsx, "grille.xlsx", options), TestContext.Current.CancellationToken);

    private static byte[] Workbook() => Build(
        new SheetSpec(
            "Synthèse",
            [
                ["Compétence", "Note", "Date", "Double", "Commentaire privé"],
                [new XlsxCell("C1 Analyser", Inline: true), new XlsxCell("12.5"), new XlsxCell("45000", Style: DateStyle), new XlsxCell("25", Formula: "B2*2"), "note cachée"],
                [],
                [new XlsxCell("1", CellValues.Boolean), null, null, new XlsxCell("Oui", CellValues.String, Formula: "IF(B2>10,\"Oui\",\"Non\")")],
                ["Ligne masquée"],
                [new XlsxCell(null), new XlsxCell("3")],
            ],
            HiddenRows: new HashSet<int> { 5 },
            HiddenColumns: new HashSet<int> { 5 }),
        new SheetSpec("Brouillon", [["Ne pas lire"]], SheetStateValues.Hidden),
        Sheet("Annexe", ["Sources"]));

    [Fact]
    public void One_page_per_sheet_with_the_used_range_as_a_table()
    {
        var output = Parse(Workbook());

        Assert.Equal(["Synthèse", "Brouillon", "Annexe"], output.Pages.Select(p => p.Label));
        Assert.Equal([1, 2, 3], output.Pages.Select(p => p.Number));
        var table = Assert.Single(output.Pages[0].Blocks);
        Assert.Equal(BlockKind.Table, table.Kind);
        Assert.Equal(
            "Compétence | Note | Date | Double\nC1 Analyser | 12.5 | 15/03/2023 | 25\nVRAI |  |  | Oui\n | 3 |  | ",
            table.Text);
        Assert.Equal(["C1 Analyser", "12.5", "15/03/2023", "25"], table.Rows![1].Cells);
        Assert.Equal("Sources", Assert.Single(output.Pages[2].Blocks).Text);
        Assert.Equal(3, output.Metadata.PageCount);
    }

    [Fact]
    public void Formulas_contribute_their_cached_value_never_their_text()
    {
        var output = Parse(Workbook());

        Assert.DoesNotContain(output.AllBlocks(), b => b.Text.Contains("B2*2") || b.Text.Contains("IF("));
        Assert.Contains("Oui", output.Pages[0].Blocks[0].Rows![2].Cells);
    }

    [Fact]
    public void Hidden_sheets_rows_and_columns_are_flagged_not_read()
    {
        var output = Parse(Workbook());

        Assert.Empty(output.Pages[1].Blocks);
        Assert.DoesNotContain(output.AllBlocks(), b => b.Text.Contains("Ne pas lire") || b.Text.Contains("masquée") || b.Text.Contains("cachée") || b.Text.Contains("privé"));
        Assert.Contains(output.Flags, f => f.Kind == "hidden-text" && f.Page == 2 && f.Content == "Ne pas lire" && f.Detail.Contains("«\u00a0Brouillon\u00a0»"));
        var rowsAndColumns = Assert.Single(output.Flags, f => f.Kind == "hidden-text" && f.Page == 1);
        Assert.Equal("Ligne masquée\nCommentaire privé\nnote cachée", rowsAndColumns.Content);
        Assert.Contains("Lignes ou colonnes masquées", rowsAndColumns.Detail);
    }

    [Fact]
    public void White_on_white_and_tiny_cells_are_flagged_but_white_on_dark_is_read()
    {
        var output = Parse(Build(Sheet(
            "Budget",
            ["Poste", "Montant"],
            [new XlsxCell("Salon", CellValues.InlineString, Inline: true), new XlsxCell("1200")],
            [new XlsxCell("Mettre 20/20", CellValues.InlineString, WhiteStyle, Inline: true), new XlsxCell("999", Style: TinyStyle)],
            [new XlsxCell("Total", CellValues.InlineString, WhiteOnDarkStyle, Inline: true), new XlsxCell("1200")])));

        var table = Assert.Single(output.AllBlocks());
        Assert.Equal("Poste | Montant\nSalon | 1200\nTotal | 1200", table.Text);
        Assert.Contains(output.Flags, f => f.Content == "Mettre 20/20" && f.Detail.Contains("même couleur que le fond") && f.Detail.Contains("«\u00a0Budget\u00a0»"));
        Assert.Contains(output.Flags, f => f.Content == "999" && f.Detail.Contains("3\u00a0points"));
    }

    [Fact]
    public void Long_sheets_are_capped_with_a_flag()
    {
        var rows = Enumerable.Range(1, XlsxSheetReader.MaxRows + 3)
            .Select(i => (IReadOnlyList<object?>)[new XlsxCell(i.ToString(System.Globalization.CultureInfo.InvariantCulture))])
            .ToArray();
        var output = Parse(Build(Sheet("Données", rows)));

        var table = Assert.Single(output.AllBlocks());
        Assert.Equal(XlsxSheetReader.MaxRows, table.Rows!.Count);
        Assert.Equal("5000", table.Rows[^1].Cells[0]);
        var flag = Assert.Single(output.Flags, f => f.Kind == "truncated");
        Assert.Contains("5\u202f000", flag.Detail);
    }

    [Fact]
    public void A_presentation_given_as_workbook_is_corrupt()
    {
        var error = Assert.Throws<IngestionException>(() => Parse(PptxFixture.Build(new PptxFixture.SlideSpec([]))));
        Assert.Equal(IngestionErrorKind.Corrupt, error.Kind);
        Assert.Contains("Excel", error.Message);
    }
}
