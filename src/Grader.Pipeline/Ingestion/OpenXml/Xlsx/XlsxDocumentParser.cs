using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Logging;

namespace Grader.Pipeline.Ingestion.OpenXml.Xlsx;

/// <summary>
/// Reads a workbook: one page per sheet in workbook order, labelled with the sheet name, whose used range
/// becomes one table block. Hidden sheets keep their page (numbers stay the sheet positions) without blocks;
/// their content, and that of hidden rows and columns, is reported as hidden text.
/// </summary>
public sealed class XlsxDocumentParser(ILogger<XlsxDocumentParser> logger) : IDocumentParser
{
    public DocumentFormat Format => DocumentFormat.Xlsx;

    public ParserOutput Parse(ParserInput input, CancellationToken cancellationToken) =>
        OfficePackageOpener.Run(logger, input, "Excel", () => ParseCore(input, cancellationToken));

    private static ParserOutput ParseCore(ParserInput input, CancellationToken cancellationToken)
    {
        using var stream = OfficePackageOpener.ReadOnlyStream(input);
        using var document = SpreadsheetDocument.Open(stream, false, OfficePackageOpener.Settings(input.Options));
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("The package has no workbook part.");
        var workbook = workbookPart.Workbook ?? throw new InvalidDataException("The workbook part is empty.");

        var sheets = workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
        OfficePackageOpener.EnsurePageLimit(sheets.Count, input.Options.MaxPages, "feuilles");

        var shared = XlsxSharedStrings.Read(workbookPart.SharedStringTablePart, cancellationToken);
        var formatter = new XlsxCellFormatter(workbookPart.WorkbookStylesPart, workbook.WorkbookProperties?.Date1904?.Value ?? false);
        var reader = new XlsxSheetReader(formatter, new XlsxCellVisibility(workbookPart.WorkbookStylesPart), shared);
        var pages = new List<DocumentPage>();
        var flags = new List<DocumentFlag>();
        foreach (var sheet in sheets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var number = pages.Count + 1;
            var name = sheet.Name?.Value ?? $"Feuille {number}";
            if (sheet.Id?.Value is not { } relationship || workbookPart.GetPartById(relationship) is not WorksheetPart worksheet)
            {
                // Chart sheets and dangling references have no cells to read.
                pages.Add(new DocumentPage { Number = number, Label = name, Blocks = [] });
                continue;
            }

            var data = reader.Read(worksheet, cancellationToken);
            var table = XlsxTable.From(data, number);
            var state = sheet.State?.Value;
            var hiddenSheet = state == SheetStateValues.Hidden || state == SheetStateValues.VeryHidden;
            flags.AddRange(XlsxTable.Flags(data, number, name, hiddenSheet));
            if (hiddenSheet)
            {
                if (table is not null)
                {
                    flags.Add(OfficeFlags.Hidden(HiddenReason.HiddenSheet, number, table.Text, OfficeFlags.Quote(name)));
                }

                pages.Add(new DocumentPage { Number = number, Label = name, Blocks = [] });
            }
            else
            {
                pages.Add(new DocumentPage { Number = number, Label = name, Blocks = table is null ? [] : [table] });
            }
        }

        return new ParserOutput
        {
            Pages = pages,
            Flags = flags,
            Metadata = OfficeMetadataReader.Read(document, pages.Count),
        };
    }
}
