using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Grader.Pipeline.Ingestion.OpenXml.Xlsx;

/// <summary>
/// The workbook's shared strings, read with the forward-only reader: a large table is never built as a DOM,
/// only as the list of strings cells point into. Phonetic guides (rPh) are not part of the displayed text.
/// </summary>
internal static class XlsxSharedStrings
{
    public static List<string> Read(SharedStringTablePart? part, CancellationToken cancellationToken)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        StringBuilder? current = null;
        var phoneticDepth = 0;
        while (reader.Read())
        {
            var type = reader.ElementType;
            if (reader.IsStartElement)
            {
                if (type == typeof(SharedStringItem))
                {
                    current = new StringBuilder();
                    if (strings.Count % 10_000 == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }
                }
                else if (type == typeof(PhoneticRun))
                {
                    phoneticDepth++;
                }
                else if (type == typeof(Text) && current is not null && phoneticDepth == 0)
                {
                    current.Append(reader.GetText());
                }
            }
            else if (reader.IsEndElement)
            {
                if (type == typeof(PhoneticRun))
                {
                    phoneticDepth--;
                }
                else if (type == typeof(SharedStringItem) && current is not null)
                {
                    strings.Add(current.ToString());
                    current = null;
                }
            }
        }

        return strings;
    }
}
