using Grader.Pipeline.Ingestion;
using static Grader.Pipeline.Tests.Ingestion.Pdf.PdfTestSupport;

namespace Grader.Pipeline.Tests.Ingestion.Pdf;

/// <summary>
/// A real word-processor export: libreoffice-dossier.pdf was made once from libreoffice-dossier.html with
/// <c>libreoffice --headless --convert-to pdf:writer_web_pdf_Export libreoffice-dossier.html</c>. It has a blank first
/// page, bullets set apart from their text, a numbered list and a table with a centred header and narrow cells.
/// </summary>
public sealed class PdfWordProcessorTests
{
    private static ParserOutput ParseDossier() => Parse(Fixture("libreoffice-dossier.pdf"));

    [Fact]
    public void Blank_page_is_empty_without_ocr_or_warning()
    {
        var output = ParseDossier();

        Assert.Empty(output.Pages[0].Blocks);
        Assert.False(output.Pages[0].Ocr);
        Assert.Empty(output.Flags);
    }

    [Fact]
    public void Bullets_set_apart_from_their_text_still_make_list_items()
    {
        var items = Blocks(ParseDossier()).Where(b => b.Kind == BlockKind.ListItem).ToList();

        Assert.Equal(["•", "•", "•", "1.", "2.", "3."], items.Select(i => i.ListLabel));
        Assert.Equal("la prospection de nouveaux clients agriculteurs ;", items[0].Text);
        Assert.Equal("Planifier les tournées", items[5].Text);
    }

    [Fact]
    public void Table_with_centred_header_and_narrow_cells_is_kept_row_by_row()
    {
        var table = Assert.Single(Blocks(ParseDossier()), b => b.Kind == BlockKind.Table);

        Assert.Equal(
            [
                ["Indicateur", "2023", "2024"],
                ["Chiffre d’affaires", "11,2 M€", "12,0 M€"],
                ["Nombre de clients", "1 250", "1 340"],
                ["Taux de fidélisation", "82 %", "85 %"],
            ],
            table.Rows!.Select(r => r.Cells.ToArray()).ToArray());
    }

    [Fact]
    public void Headings_and_paragraphs_keep_their_reading_order()
    {
        var blocks = ParseDossier().Pages[1].Blocks;

        var kinds = blocks.Select(b => b.Kind).ToList();
        Assert.Equal(BlockKind.Paragraph, kinds[0]);
        var heading = Assert.Single(blocks, b => b.Text == "1.1 Organisation commerciale");
        Assert.Equal(BlockKind.Heading, heading.Kind);
        Assert.Equal(2, heading.Level);
        Assert.Equal("1.2 Concurrence", blocks[^2].Text);
        Assert.StartsWith("Le marché est dominé par deux grands groupes nationaux.", blocks[^1].Text, StringComparison.Ordinal);
        Assert.Contains("service après-vente", blocks[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_column_sections_with_running_header_and_footer_read_in_order()
    {
        // libreoffice-two-columns.pdf: `libreoffice --headless --convert-to pdf libreoffice-two-columns.fodt`,
        // three pages, each a heading over a two-column section, a running header and a "Page N" footer.
        var output = Parse(Fixture("libreoffice-two-columns.pdf"));

        Assert.Equal(3, output.Pages.Count);
        foreach (var page in output.Pages)
        {
            Assert.Equal(BlockKind.Header, page.Blocks[0].Kind);
            Assert.Equal("Dossier de Jean Martin – Titre professionnel", page.Blocks[0].Text);
            Assert.Equal((BlockKind.Heading, 1, $"{page.Number}. Partie numéro {page.Number}"), (page.Blocks[1].Kind, page.Blocks[1].Level, page.Blocks[1].Text));
            Assert.Equal((BlockKind.Footer, $"Page {page.Number}"), (page.Blocks[^1].Kind, page.Blocks[^1].Text));

            var text = string.Join('\n', page.Blocks.Select(b => b.Text));
            var markers = PdfFixtures.ParagraphMarkers.Select(m => text.IndexOf(m, StringComparison.Ordinal)).ToList();
            Assert.DoesNotContain(-1, markers);
            Assert.True(markers.SequenceEqual(markers.Order()), text);
            Assert.DoesNotContain(page.Blocks, b => b.Kind == BlockKind.Table);
        }
    }

    [Fact]
    public void A_justified_line_cut_word_by_word_is_read_left_to_right()
    {
        // In this LibreOffice export the first line of the recommendation is justified after a bold run-in word;
        // layout analysis cut it into one « line » per word, which came back in reverse order.
        var pdf = File.ReadAllBytes(Path.Combine(Support.RepositoryPaths.Root, "eval-sets", "dossiers-v1", "e1-fort", "dossier.pdf"));

        var text = AllText(Parse(pdf));

        Assert.Contains("Lancer en septembre 2026 la commercialisation en pharmacies indépendantes françaises", text.Replace('\n', ' '), StringComparison.Ordinal);
        Assert.DoesNotContain("2026 septembre en Lancer", text, StringComparison.Ordinal);
    }
}
