using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Grader.Pipeline.Tests.Ingestion.OpenXml;

/// <summary>
/// Builds workbooks in memory. Cell values are written as given: a string becomes a shared string, a
/// <see cref="XlsxCell"/> says exactly what the cell stores (type, style, cached value, formula).
/// Style 1 is the built-in date format 14 (a date for Excel, dd/MM/yyyy for us); styles 2–4 are white text
/// on no fill, a 2 pt font, and white text on a dark solid fill.
/// </summary>
internal static class XlsxFixture
{
    public const uint DateStyle = 1;
    public const uint WhiteStyle = 2;
    public const uint TinyStyle = 3;
    public const uint WhiteOnDarkStyle = 4;

    public sealed record XlsxCell(string? Value, CellValues? Type = null, uint Style = 0, string? Formula = null, bool Inline = false);

    public sealed record SheetSpec(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows, SheetStateValues? State = null, ISet<int>? HiddenRows = null, ISet<int>? HiddenColumns = null);

    public static SheetSpec Sheet(string name, params IReadOnlyList<object?>[] rows) => new(name, rows);

    public static byte[] Build(params SheetSpec[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var sharedStrings = new List<string>();
            var sheetsElement = new Sheets();
            workbookPart.Workbook = new Workbook(sheetsElement);
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(
                    new Font(new FontSize { Val = 11 }),
                    new Font(new FontSize { Val = 11 }, new Color { Rgb = "FFFFFFFF" }),
                    new Font(new FontSize { Val = 2 })),
                new Fills(
                    new Fill(new PatternFill { PatternType = PatternValues.None }),
                    new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                    new Fill(new PatternFill(new ForegroundColor { Rgb = "FF1F3864" }) { PatternType = PatternValues.Solid })),
                new CellFormats(
                    new CellFormat { NumberFormatId = 0 },
                    new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0 },
                    new CellFormat { NumberFormatId = 0, FontId = 2, FillId = 0 },
                    new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 2 }));

            uint sheetId = 1;
            foreach (var spec in sheets)
            {
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                var worksheet = new Worksheet();
                if (spec.HiddenColumns is { Count: > 0 } hiddenColumns)
                {
                    worksheet.Append(new Columns(hiddenColumns.Select(c => new Column { Min = (uint)c, Max = (uint)c, Hidden = true, Width = 10, CustomWidth = true })));
                }

                var data = new SheetData();
                for (var r = 0; r < spec.Rows.Count; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    if (spec.HiddenRows?.Contains(r + 1) == true)
                    {
                        row.Hidden = true;
                    }

                    for (var c = 0; c < spec.Rows[r].Count; c++)
                    {
                        if (spec.Rows[r][c] is { } value)
                        {
                            row.Append(MakeCell($"{ColumnName(c + 1)}{r + 1}", value, sharedStrings));
                        }
                    }

                    data.Append(row);
                }

                worksheet.Append(data);
                worksheetPart.Worksheet = worksheet;
                var sheet = new Sheet { Name = spec.Name, SheetId = sheetId++, Id = workbookPart.GetIdOfPart(worksheetPart) };
                if (spec.State is { } state)
                {
                    sheet.State = state;
                }

                sheetsElement.Append(sheet);
            }

            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable =
                new SharedStringTable(sharedStrings.Select(s => new SharedStringItem(new Text(s))));
        }

        return stream.ToArray();
    }

    private static Cell MakeCell(string reference, object value, List<string> sharedStrings)
    {
        switch (value)
        {
            case string text:
                sharedStrings.Add(text);
                return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue((sharedStrings.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) };
            case XlsxCell { Inline: true } inline:
                return new Cell(new InlineString(new Text(inline.Value ?? string.Empty))) { CellReference = reference, DataType = CellValues.InlineString, StyleIndex = inline.Style };
            case XlsxCell cell:
                var result = new Cell { CellReference = reference, StyleIndex = cell.Style };
                if (cell.Type is { } type)
                {
                    result.DataType = type;
                }

                if (cell.Formula is not null)
                {
                    result.Append(new CellFormula(cell.Formula));
                }

                if (cell.Value is not null)
                {
                    result.Append(new CellValue(cell.Value));
                }

                return result;
            default:
                throw new ArgumentException($"Unsupported fixture value {value}.", nameof(value));
        }
    }

    private static string ColumnName(int column)
    {
        var name = string.Empty;
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }
}
