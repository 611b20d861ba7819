using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WordRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Grader.Pipeline.Ingestion.OpenXml.Docx;

/// <summary>
/// Rows and cells of a Word table, looking through the content controls and custom XML that may wrap them,
/// and dropping rows deleted with tracked changes (the accepted version does not have them).
/// </summary>
internal static class DocxTableRows
{
    public static IEnumerable<WordRow> Rows(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case WordRow row when row.TableRowProperties?.GetFirstChild<Deleted>() is null:
                    yield return row;
                    break;
                case SdtRow sdt when sdt.SdtContentRow is { } content:
                    foreach (var row in Rows(content))
                    {
                        yield return row;
                    }

                    break;
                case CustomXmlRow custom:
                    foreach (var row in Rows(custom))
                    {
                        yield return row;
                    }

                    break;
            }
        }
    }

    public static IEnumerable<TableCell> Cells(OpenXmlElement row)
    {
        foreach (var child in row.ChildElements)
        {
            switch (child)
            {
                case TableCell cell:
                    yield return cell;
                    break;
                case SdtCell sdt when sdt.SdtContentCell is { } content:
                    foreach (var cell in Cells(content))
                    {
                        yield return cell;
                    }

                    break;
                case CustomXmlCell custom:
                    foreach (var cell in Cells(custom))
                    {
                        yield return cell;
                    }

                    break;
            }
        }
    }
}
