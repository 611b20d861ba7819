using Grader.Pipeline.Ingestion;
using Grader.Pipeline.Ingestion.OpenXml.Docx;
using Grader.Pipeline.Ingestion.OpenXml.Xlsx;
using Microsoft.Extensions.Logging.Abstractions;

namespace Grader.Pipeline.Tests.Ingestion.OpenXml;

/// <summary>
/// Files written by LibreOffice 24 (converted once from Fixtures/office/*.html and *.csv with
/// <c>soffice --headless --convert-to</c>), to check the parsers against a real word processor's output
/// rather than only against fixtures shaped by our own expectations.
/// </summary>
public sealed class LibreOfficeFixtureTests
{
    [Fact]
    public void Docx_from_libreoffice_has_headings_list_table_and_pages()
    {
        var parser = new DocxDocumentParser(NullLogger<DocxDocumentParser>.Instance);
        var output = parser.Parse(
            OfficeTestSupport.Input(OfficeTestSupport.Fixture("dossier-libreoffice.docx"), "dossier-libreoffice.docx"),
            TestContext.Current.CancellationToken);

        var blocks = output.AllBlocks().ToList();
        Assert.Equal(
            [
                (BlockKind.Heading, "1. Présentation de l’entreprise", 1, 1),
                (BlockKind.Paragraph, "L’entreprise Atelier Lumière conçoit des luminaires éco-conçus.", 0, 1),
                (BlockKind.Heading, "1.1 Contexte du projet", 2, 1),
                (BlockKind.Paragraph, "Le projet vise à réduire les délais de livraison.", 0, 1),
                (BlockKind.ListItem, "Analyser la demande", 0, 1),
                (BlockKind.ListItem, "Rédiger le cahier des charges", 0, 1),
                (BlockKind.ListItem, "Piloter la réalisation", 0, 1),
                (BlockKind.Heading, "2. Analyse du marché", 1, 2),
                (BlockKind.Table, "Concurrent | Part de marché\nLumina | 35 %\nÉclat | 20 %", 0, 2),
                (BlockKind.Paragraph, "Conclusion de l’analyse.", 0, 2),
            ],
            blocks.Select(b => (b.Kind, b.Text, b.Level, b.Page)));
        Assert.Equal(["1.", "2.", "3."], blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => b.ListLabel));
        Assert.Equal(2, output.Metadata.PageCount);
        Assert.Equal("Dossier professionnel", output.Metadata.Title);
        Assert.StartsWith("LibreOffice", output.Metadata.Producer);
        Assert.Empty(output.Flags);
    }

    [Fact]
    public void Xlsx_from_libreoffice_has_numbers_and_dates()
    {
        var parser = new XlsxDocumentParser(NullLogger<XlsxDocumentParser>.Instance);
        var output = parser.Parse(
            OfficeTestSupport.Input(OfficeTestSupport.Fixture("grille-libreoffice.xlsx"), "grille-libreoffice.xlsx"),
            TestContext.Current.CancellationToken);

        var page = Assert.Single(output.Pages);
        Assert.Equal("grille-libreoffice", page.Label);
        var table = Assert.Single(page.Blocks);
        Assert.Equal("Compétence | Note | Date\nC1 Analyser | 12 | 15/03/2026\nC2 Concevoir | 15.5 | 02/04/2026", table.Text);
    }
}
