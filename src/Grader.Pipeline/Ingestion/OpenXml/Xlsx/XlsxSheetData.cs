namespace Grader.Pipeline.Ingestion.OpenXml.Xlsx;

/// <summary>What the reader kept of one worksheet: visible rows, hidden content, and whether it stopped early.</summary>
internal sealed class XlsxSheetData
{
    /// <summary>Visible non-empty rows, each a map from 1-based column to displayed text.</summary>
    public List<SortedDictionary<int, string>> Rows { get; } = [];

    /// <summary>Rows marked hidden, as "cell | cell" lines.</summary>
    public List<string> HiddenRows { get; } = [];

    /// <summary>Values of cells in hidden columns (of visible rows).</summary>
    public List<string> HiddenColumnCells { get; } = [];

    /// <summary>Values of visible cells whose style makes them unreadable (white on white, tiny font).</summary>
    public List<(HiddenReason Reason, string Text)> InvisibleCells { get; } = [];

    public bool RowsTruncated { get; set; }

    public bool ColumnsTruncated { get; set; }
}
