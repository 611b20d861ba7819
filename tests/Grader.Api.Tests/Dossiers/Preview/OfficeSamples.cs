using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using P = DocumentFormat.OpenXml.Presentation;
using A = DocumentFormat.OpenXml.Drawing;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Grader.Api.Tests.Dossiers.Preview;

/// <summary>Small Word, PowerPoint and Excel files built in memory, as a candidate's tools would write them, for the preview tests.</summary>
internal static class OfficeSamples
{
    public const string HiddenSentence = "Texte invisible pour le jury";

    /// <summary>Three pages (explicit page breaks): a heading, paragraphs, a bulleted list, a table and a hidden run on page 2.</summary>
    public static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new W.Styles(
                new W.Style(new W.StyleName { Val = "Normal" }) { Type = W.StyleValues.Paragraph, StyleId = "Normal" },
                new W.Style(new W.StyleName { Val = "heading 1" }, new W.BasedOn { Val = "Normal" }) { Type = W.StyleValues.Paragraph, StyleId = "Titre1" });
            main.Document = new W.Document(new W.Body(
                Heading("Analyse du marché"),
                Para("Le marché régional compte 240 entreprises de plus de dix salariés."),
                PageBreak(),
                Heading("Plan d’actions"),
                new W.Paragraph(Run("Le plan d’actions cible trois segments prioritaires."), new W.Run(new W.RunProperties(new W.Vanish()), new W.Text(HiddenSentence) { Space = SpaceProcessingModeValues.Preserve })),
                Para("• Prospection téléphonique"),
                Table(["Segment", "Objectif"], ["PME industrielles", "12 rendez-vous"]),
                PageBreak(),
                Heading("Bilan"),
                Para("Le chiffre d’affaires a progressé de 8 % sur le trimestre.")));
        }

        return stream.ToArray();
    }

    /// <summary>Two slides with titles and a body; the second has speaker notes.</summary>
    public static byte[] Pptx()
    {
        using var stream = new MemoryStream();
        using (var document = PresentationDocument.Create(stream, PresentationDocumentType.Presentation))
        {
            var presentationPart = document.AddPresentationPart();
            var slideIds = new P.SlideIdList();
            presentationPart.Presentation = new P.Presentation(slideIds, new P.SlideSize { Cx = 12192000, Cy = 6858000 }, new P.NotesSize { Cx = 6858000, Cy = 9144000 });
            uint id = 256;
            foreach (var (title, body, notes) in new[]
            {
                ("Contexte commercial", "Nous visons les PME industrielles de la région.", (string?)null),
                ("Résultats obtenus", "Douze rendez-vous qualifiés en six semaines.", "Insister sur le taux de transformation."),
            })
            {
                var slidePart = presentationPart.AddNewPart<SlidePart>();
                slidePart.Slide = new P.Slide(new P.CommonSlideData(Tree(
                    Shape(2, P.PlaceholderValues.Title, 457200, 274638, 8229600, 1143000, title),
                    Shape(3, P.PlaceholderValues.Body, 457200, 1600200, 8229600, 4525963, body))));
                if (notes is not null)
                {
                    slidePart.AddNewPart<NotesSlidePart>().NotesSlide = new P.NotesSlide(new P.CommonSlideData(Tree(
                        Shape(2, P.PlaceholderValues.Body, 0, 5000000, 6000000, 3000000, notes))));
                }

                slideIds.Append(new P.SlideId { Id = id++, RelationshipId = presentationPart.GetIdOfPart(slidePart) });
            }
        }

        return stream.ToArray();
    }

    /// <summary>Two sheets, « Budget » and « Suivi », each a small table with a header row.</summary>
    public static byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var sheets = new S.Sheets();
            workbookPart.Workbook = new S.Workbook(sheets);
            uint sheetId = 1;
            foreach (var (name, rows) in new[]
            {
                ("Budget", new[] { new[] { "Poste", "Montant" }, ["Salons", "4500"], ["Publicité", "2500"] }),
                ("Suivi", new[] { new[] { "Semaine", "Rendez-vous" }, ["S1", "3"] }),
            })
            {
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                var data = new S.SheetData();
                for (var r = 0; r < rows.Length; r++)
                {
                    data.Append(new S.Row(rows[r].Select((value, c) => new S.Cell(new S.InlineString(new S.Text(value)))
                    {
                        CellReference = $"{(char)('A' + c)}{r + 1}",
                        DataType = S.CellValues.InlineString,
                    }))
                    { RowIndex = (uint)(r + 1) });
                }

                worksheetPart.Worksheet = new S.Worksheet(data);
                sheets.Append(new S.Sheet { Name = name, SheetId = sheetId++, Id = workbookPart.GetIdOfPart(worksheetPart) });
            }
        }

        return stream.ToArray();
    }

    private static W.Paragraph Heading(string text) => new(new W.ParagraphProperties(new W.ParagraphStyleId { Val = "Titre1" }), Run(text));

    private static W.Paragraph Para(string text) => new(Run(text));

    private static W.Run Run(string text) => new(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static W.Paragraph PageBreak() => new(new W.Run(new W.Break { Type = W.BreakValues.Page }));

    private static W.Table Table(params string[][] rows)
    {
        var table = new W.Table(
            new W.TableProperties(new W.TableWidth { Type = W.TableWidthUnitValues.Auto, Width = "0" }),
            new W.TableGrid(rows[0].Select(_ => new W.GridColumn { Width = "3000" })));
        table.Append(rows.Select(row => new W.TableRow(row.Select(cell => new W.TableCell(new W.Paragraph(Run(cell)))))));
        return table;
    }

    private static P.ShapeTree Tree(params OpenXmlElement[] shapes)
    {
        var tree = new P.ShapeTree(
            new P.NonVisualGroupShapeProperties(
                new P.NonVisualDrawingProperties { Id = 1, Name = "" },
                new P.NonVisualGroupShapeDrawingProperties(),
                new P.ApplicationNonVisualDrawingProperties()),
            new P.GroupShapeProperties(new A.TransformGroup()));
        tree.Append(shapes);
        return tree;
    }

    private static P.Shape Shape(uint id, P.PlaceholderValues type, long x, long y, long cx, long cy, string text) => new(
        new P.NonVisualShapeProperties(
            new P.NonVisualDrawingProperties { Id = id, Name = $"Forme {id}" },
            new P.NonVisualShapeDrawingProperties(),
            new P.ApplicationNonVisualDrawingProperties(new P.PlaceholderShape { Type = type })),
        new P.ShapeProperties(new A.Transform2D(new A.Offset { X = x, Y = y }, new A.Extents { Cx = cx, Cy = cy })),
        new P.TextBody(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph(new A.Run(new A.RunProperties { Language = "fr-FR" }, new A.Text(text)))));
}
