using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Grader.Pipeline.Ingestion.OpenXml.Xlsx;

/// <summary>
/// Reads a worksheet's cells with the forward-only <see cref="OpenXmlReader"/>, so memory is bounded by the
/// rows kept, not by the size of the sheet. Stops after <see cref="MaxRows"/> non-empty rows. Formula text
/// (f) is never read: only the cached value (v) is.
/// </summary>
internal sealed class XlsxSheetReader(XlsxCellFormatter formatter, XlsxCellVisibility visibility, IReadOnlyList<string> sharedStrings)
{
    /// <summary>A dossier's annex table rarely exceeds this; beyond it, the rest is a data dump.</summary>
    public const int MaxRows = 5000;

    /// <summary>Columns beyond this are not read (IV, the old Excel limit, is already very wide).</summary>
    public const int MaxColumns = 256;

    public XlsxSheetData Read(WorksheetPart part, CancellationToken cancellationToken)
    {
        var data = new XlsxSheetData();
        var hiddenColumns = new HashSet<int>();
        using var reader = OpenXmlReader.Create(part);

        SortedDictionary<int, string>? row = null;
        var rowHidden = false;
        var nextColumn = 1;
        CellState? cell = null;
        var rowsSeen = 0;

        while (reader.Read())
        {
            var type = reader.ElementType;
            if (reader.IsStartElement)
            {
                if (type == typeof(Column))
                {
                    RecordHiddenColumns(reader, hiddenColumns);
                }
                else if (type == typeof(Row))
                {
                    row = [];
                    rowHidden = IsTrue(Attribute(reader, "hidden"));
                    nextColumn = 1;
                }
                else if (type == typeof(Cell) && row is not null)
                {
                    var column = XlsxCellReference.Column(Attribute(reader, "r")) ?? nextColumn;
                    nextColumn = column + 1;
                    _ = uint.TryParse(Attribute(reader, "s"), out var style);
                    cell = new CellState(column, Attribute(reader, "t"), style);
                }
                // A formula (f) is how the value was computed, not what the candidate shows: only v is read.
                else if (type == typeof(CellValue) && cell is not null)
                {
                    cell.Value = reader.GetText();
                }
                else if (type == typeof(Text) && cell is not null)
                {
                    cell.Inline.Append(reader.GetText());
                }
            }
            else if (reader.IsEndElement)
            {
                if (type == typeof(Cell) && cell is not null && row is not null)
                {
                    AddCell(cell, row, data);
                    cell = null;
                }
                else if (type == typeof(Row) && row is not null)
                {
                    if (++rowsSeen % 500 == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    if (!AddRow(row, rowHidden, hiddenColumns, data))
                    {
                        break;
                    }

                    row = null;
                }
                else if (type == typeof(SheetData))
                {
                    break;
                }
            }
        }

        return data;
    }

    private void AddCell(CellState cell, SortedDictionary<int, string> row, XlsxSheetData data)
    {
        if (cell.Column > MaxColumns)
        {
            data.ColumnsTruncated = true;
            return;
        }

        var inline = cell.Inline.Length > 0 ? cell.Inline.ToString() : null;
        var text = formatter.Format(cell.DataType, cell.Style, cell.Value, inline, sharedStrings).Trim();
        if (text.Length == 0)
        {
            return;
        }

        if (visibility.ReasonFor(cell.Style) is { } reason)
        {
            data.InvisibleCells.Add((reason, text));
            return;
        }

        row[cell.Column] = text;
    }

    /// <summary>Files the row; returns false when the row limit is reached and reading must stop.</summary>
    private static bool AddRow(SortedDictionary<int, string> row, bool hidden, HashSet<int> hiddenColumns, XlsxSheetData data)
    {
        if (row.Count == 0)
        {
            return true;
        }

        if (hidden)
        {
            if (data.HiddenRows.Count < MaxRows)
            {
                data.HiddenRows.Add(string.Join(" | ", row.Values));
            }

            return true;
        }

        foreach (var column in row.Keys.Where(hiddenColumns.Contains).ToList())
        {
            data.HiddenColumnCells.Add(row[column]);
            row.Remove(column);
        }

        if (row.Count == 0)
        {
            return true;
        }

        if (data.Rows.Count >= MaxRows)
        {
            data.RowsTruncated = true;
            return false;
        }

        data.Rows.Add(row);
        return true;
    }

    private static void RecordHiddenColumns(OpenXmlReader reader, HashSet<int> hiddenColumns)
    {
        if (!IsTrue(Attribute(reader, "hidden"))
            || !int.TryParse(Attribute(reader, "min"), out var min)
            || !int.TryParse(Attribute(reader, "max"), out var max))
        {
            return;
        }

        for (var column = Math.Max(1, min); column <= Math.Min(max, MaxColumns); column++)
        {
            hiddenColumns.Add(column);
        }
    }

    private static string? Attribute(OpenXmlReader reader, string localName)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == localName && string.IsNullOrEmpty(attribute.NamespaceUri))
            {
                return attribute.Value;
            }
        }

        return null;
    }

    private static bool IsTrue(string? value) => value == "1" || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    private sealed class CellState(int column, string? dataType, uint style)
    {
        public int Column { get; } = column;

        public string? DataType { get; } = dataType;

        public uint Style { get; } = style;

        public string? Value { get; set; }

        public StringBuilder Inline { get; } = new();
    }
}
