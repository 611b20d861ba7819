using Grader.Pipeline.Ingestion;
using static Grader.Pipeline.Tests.Ingestion.Pdf.PdfTestSupport;

namespace Grader.Pipeline.Tests.Ingestion.Pdf;

public sealed class PdfLayoutTests
{
    [Fact]
    public void Two_columns_are_read_column_by_column()
    {
        var output = Parse(PdfFixtures.TwoColumns());
        var text = AllText(output);

        var markers = PdfFixtures.ParagraphMarkers.Select(m => text.IndexOf(m, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, markers);
        Assert.True(markers.SequenceEqual(markers.Order()), $"Ordre de lecture incorrect :\n{text}");
        Assert.Contains("la prospection commence par une analyse fine du portefeuille", text, StringComparison.Ordinal);
        Assert.Contains("la negociation arrive quand le besoin du client est reformule", text, StringComparison.Ordinal);

        var paragraphs = Blocks(output).Where(b => b.Kind == BlockKind.Paragraph).ToList();
        Assert.Equal(4, paragraphs.Count);
        Assert.EndsWith("ALPHA.", paragraphs[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("DELTA.", paragraphs[3].Text, StringComparison.Ordinal);

        var title = Assert.Single(Blocks(output), b => b.Kind == BlockKind.Heading);
        Assert.Equal("Strategie commerciale", title.Text);
        Assert.Equal(1, title.Level);
        Assert.StartsWith("Strategie commerciale", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_get_levels_from_size_and_numbering()
    {
        var blocks = Blocks(Parse(PdfFixtures.StructuredDossier()));

        var headings = blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => (b.Text, b.Level)).ToList();
        Assert.Equal([("1. Introduction", 1), ("1.1 Contexte", 2)], headings);
    }

    [Fact]
    public void Numbering_sets_levels_even_after_a_larger_cover_title()
    {
        var headings = Blocks(Parse(PdfFixtures.CoverThenChapters()))
            .Where(b => b.Kind == BlockKind.Heading)
            .Select(b => (b.Text, b.Level))
            .ToList();

        Assert.Equal([("Dossier de synthèse", 1), ("1. Introduction", 1), ("1.1 Périmètre", 2), ("Conclusion", 1)], headings);
    }

    [Fact]
    public void Numbered_and_bulleted_list_items_keep_their_label()
    {
        var items = Blocks(Parse(PdfFixtures.StructuredDossier())).Where(b => b.Kind == BlockKind.ListItem).ToList();

        Assert.Equal(["1.", "2.", "3.", "•"], items.Select(i => i.ListLabel));
        Assert.Equal("Prospecter les nouveaux clients", items[0].Text);
        Assert.Equal("Présenter les offres en rendez-vous", items[3].Text);
        Assert.All(items, i => Assert.Equal(1, i.Page));
    }

    [Fact]
    public void Aligned_cells_become_a_table_row_by_row_in_reading_order()
    {
        var blocks = Blocks(Parse(PdfFixtures.StructuredDossier()));

        var table = Assert.Single(blocks, b => b.Kind == BlockKind.Table);
        Assert.NotNull(table.Rows);
        Assert.Equal(
            [["Indicateur", "2023", "2024"], ["Chiffre d’affaires", "120 k€", "150 k€"], ["Clients actifs", "45", "60"]],
            table.Rows.Select(r => r.Cells.ToArray()).ToArray());
        Assert.Contains("Chiffre d’affaires | 120 k€ | 150 k€", table.Text, StringComparison.Ordinal);

        var order = blocks.Where(b => b.Page == 1).ToList();
        var tableIndex = order.IndexOf(table);
        Assert.True(tableIndex > 0 && tableIndex < order.Count - 1, string.Join("\n", order.Select(b => $"{b.Kind} [{b.ListLabel}] {b.Text}")));
        Assert.Equal(BlockKind.ListItem, order[tableIndex - 1].Kind);
        Assert.StartsWith("Ce tableau montre", order[tableIndex + 1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bordered_table_with_wrapped_centred_cells_and_a_spanning_row_is_read_by_its_grid()
    {
        var blocks = Blocks(Parse(PdfFixtures.RuledTable()));

        Assert.Equal([BlockKind.Paragraph, BlockKind.Table, BlockKind.Paragraph], blocks.Select(b => b.Kind));
        Assert.Equal(
            [
                ["Acteur", "Offre", "Forces"],
                ["Editeur A", "Gestion commerciale du batiment avec module planning", "Tres implante"],
                ["Editeur B", "Planification multisecteurs", "Prix bas, notoriete"],
                ["Source : enquete de janvier 2026 aupres de 186 dirigeants", "", ""],
            ],
            blocks[1].Rows!.Select(r => r.Cells.ToArray()).ToArray());
        Assert.DoesNotContain(blocks, b => b.Kind == BlockKind.Heading);
    }

    [Fact]
    public void Running_header_and_numbered_footer_are_kept_apart_on_every_page()
    {
        var output = Parse(PdfFixtures.StructuredDossier());

        Assert.Equal(3, output.Pages.Count);
        foreach (var page in output.Pages)
        {
            var header = Assert.Single(page.Blocks, b => b.Kind == BlockKind.Header);
            Assert.Equal("Dossier professionnel – Jean Martin", header.Text);
            var footer = Assert.Single(page.Blocks, b => b.Kind == BlockKind.Footer);
            Assert.Equal($"Page {page.Number} / 3", footer.Text);
            Assert.DoesNotContain(page.Blocks, b => b.Kind == BlockKind.Paragraph && b.Text.Contains("Jean Martin", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Page_blocks_follow_the_reading_order_from_header_to_footer()
    {
        var page = Parse(PdfFixtures.StructuredDossier()).Pages[0];

        Assert.Equal(
            [
                BlockKind.Header, BlockKind.Heading, BlockKind.Paragraph, BlockKind.Heading, BlockKind.Paragraph,
                BlockKind.ListItem, BlockKind.ListItem, BlockKind.ListItem, BlockKind.ListItem, BlockKind.Table,
                BlockKind.Paragraph, BlockKind.Footer,
            ],
            page.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Line_end_hyphenation_is_repaired_but_real_compounds_are_kept()
    {
        var text = AllText(Parse(PdfFixtures.StructuredDossier()));

        Assert.Contains("Notre équipe assure le développement du service après-vente et du e-commerce pour toute la clientèle régionale.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("dévelop-", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_span_their_lines_and_carry_page_and_bounds()
    {
        var output = Parse(PdfFixtures.StructuredDossier());

        var paragraph = Assert.Single(output.Pages[1].Blocks, b => b.Kind == BlockKind.Paragraph);
        Assert.Equal(
            "Cette page 2 décrit les actions menées auprès des clients professionnels de la région et les résultats obtenus au cours de la période de formation en entreprise, avec des exemples.",
            paragraph.Text);
        Assert.Equal(2, paragraph.Page);
        Assert.NotNull(paragraph.Bounds);
        Assert.InRange(paragraph.Bounds.X, 55, 57);
        Assert.InRange(paragraph.Bounds.Y + paragraph.Bounds.Height, 720, 732);
    }

    [Fact]
    public void Metadata_splits_first_class_fields_from_the_others()
    {
        var metadata = Parse(PdfFixtures.StructuredDossier()).Metadata;

        Assert.Equal("Dossier professionnel", metadata.Title);
        Assert.Equal("Jean Martin", metadata.Author);
        Assert.Equal("Générateur de test", metadata.Producer);
        Assert.Equal(3, metadata.PageCount);
        Assert.Equal("Certification commerciale", metadata.OtherFields["Subject"]);
        Assert.Equal("vente, prospection", metadata.OtherFields["Keywords"]);
        Assert.Equal("Traitement de texte", metadata.OtherFields["Creator"]);
        Assert.Equal("Note pour le correcteur", metadata.OtherFields["Commentaire"]);
        Assert.Equal(0, metadata.WordCount);
        Assert.Null(metadata.Language);
    }
}
