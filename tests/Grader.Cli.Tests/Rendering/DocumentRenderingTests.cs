using System.Text.Json;
using Grader.Cli.Rendering;
using Grader.Pipeline.Ingestion;

namespace Grader.Cli.Tests.Rendering;

// DocumentFormat.OpenXml brings a root namespace of the same name; the alias makes the enum win here.
using DocumentFormat = Grader.Pipeline.Ingestion.DocumentFormat;

public sealed class DocumentRenderingTests
{
    private static readonly ParsedDocument Slides = new()
    {
        FileName = "soutenance.pptx",
        Format = DocumentFormat.Pptx,
        Metadata = new DocumentMetadata { PageCount = 2, WordCount = 1234, Language = "fr", Title = "Soutenance" },
        Pages =
        [
            new DocumentPage
            {
                Number = 1,
                Label = "Plan d’action",
                Blocks =
                [
                    new DocumentBlock { Kind = BlockKind.Header, Page = 1, Text = "Maison Calèthe" },
                    new DocumentBlock { Kind = BlockKind.Heading, Page = 1, Text = "Plan d’action", Level = 1 },
                    new DocumentBlock { Kind = BlockKind.ListItem, Page = 1, Text = "Prospecter", ListLabel = "a)", Level = 1 },
                    new DocumentBlock { Kind = BlockKind.Caption, Page = 1, Text = "Figure 1 – Calendrier" },
                    new DocumentBlock { Kind = BlockKind.Paragraph, Page = 1, Text = "# 42 clients visés" },
                    new DocumentBlock { Kind = BlockKind.Notes, Page = 1, Text = "Insister sur le budget." },
                ],
            },
            new DocumentPage
            {
                Number = 2,
                Ocr = true,
                OcrConfidence = 0.87,
                Blocks = [new DocumentBlock { Kind = BlockKind.Table, Page = 2, Text = "A | B\n1 | 2|3", Rows = [new(["A", "B"]), new(["1", "2|3"])] }],
            },
        ],
        Flags = [new DocumentFlag("metadata-text", null, "Le champ de métadonnées « Commentaires » contient du texte.", "Texte")],
        ContentHash = "00ff",
    };

    [Fact]
    public void Markdown_shows_page_labels_ocr_and_keeps_headers_and_notes_apart()
    {
        var markdown = DocumentMarkdownWriter.Write(Slides);

        Assert.Contains("**Document :** soutenance.pptx · PowerPoint (.pptx) · 2 pages · 1\u202F234 mots · langue : français", markdown);
        Assert.Contains("**Titre :** Soutenance", markdown);
        Assert.Contains("--- Page 1 : Plan d’action ---", markdown);
        Assert.Contains("# Plan d’action\n\n  a) Prospecter\n\n*Légende : Figure 1 – Calendrier*\n\n\\# 42 clients visés\n\n> **En-tête :** Maison Calèthe\n> **Notes de l’orateur :** Insister sur le budget.\n", markdown);
        Assert.Contains("--- Page 2 (texte reconnu par OCR, confiance 87 %) ---", markdown);
        Assert.Contains("| A | B |\n| --- | --- |\n| 1 | 2\\|3 |", markdown);
        Assert.EndsWith("- **Texte dans les métadonnées** : Le champ de métadonnées « Commentaires » contient du texte.\n  Contenu : « Texte »\n", markdown);
    }

    [Fact]
    public void Json_flags_always_carry_a_page_even_when_null()
    {
        using var json = JsonDocument.Parse(DocumentJson.Serialize(Slides));

        var flag = json.RootElement.GetProperty("flags")[0];
        Assert.Equal(JsonValueKind.Null, flag.GetProperty("page").ValueKind);
        Assert.Equal("metadata-text", flag.GetProperty("kind").GetString());
        Assert.Equal("pptx", json.RootElement.GetProperty("format").GetString());
        Assert.Equal("notes", json.RootElement.GetProperty("pages")[0].GetProperty("blocks")[5].GetProperty("kind").GetString());
        Assert.False(json.RootElement.GetProperty("pages")[0].GetProperty("blocks")[0].TryGetProperty("bounds", out _));
    }
}
