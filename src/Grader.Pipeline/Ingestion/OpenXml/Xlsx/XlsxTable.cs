namespace Grader.Pipeline.Ingestion.OpenXml.Xlsx;

/// <summary>Shapes a sheet's kept rows into the table block and its flags.</summary>
internal static class XlsxTable
{
    /// <summary>The used range as a rectangular table (first to last used column), or null when empty.</summary>
    public static DocumentBlock? From(XlsxSheetData data, int page)
    {
        if (data.Rows.Count == 0)
        {
            return null;
        }

        var first = data.Rows.Min(r => r.Keys.First());
        var last = data.Rows.Max(r => r.Keys.Last());
        var rows = data.Rows
            .Select(r => new TableRow(Enumerable.Range(first, last - first + 1)
                .Select(c => r.TryGetValue(c, out var value) ? value : string.Empty)
                .ToList()))
            .ToList();
        var text = string.Join("\n", rows.Select(r => string.Join(" | ", r.Cells)));
        return new DocumentBlock { Kind = BlockKind.Table, Page = page, Text = text, Rows = rows };
    }

    public static IEnumerable<DocumentFlag> Flags(XlsxSheetData data, int page, string sheet, bool hiddenSheet)
    {
        var where = $"feuille {OfficeFlags.Quote(sheet)}";
        var hidden = data.HiddenRows.Concat(data.HiddenColumnCells).ToList();
        if (hidden.Count > 0)
        {
            yield return OfficeFlags.Hidden(HiddenReason.HiddenRowsOrColumns, page, string.Join("\n", hidden), where);
        }

        foreach (var group in data.InvisibleCells.GroupBy(c => c.Reason))
        {
            yield return OfficeFlags.Hidden(group.Key, page, string.Join("\n", group.Select(c => c.Text)), where);
        }

        // A hidden sheet is flagged whole; saying it was also cut short would only add noise.
        if (!hiddenSheet && data.RowsTruncated)
        {
            yield return OfficeFlags.RowsTruncated(page, sheet, XlsxSheetReader.MaxRows);
        }

        if (!hiddenSheet && data.ColumnsTruncated)
        {
            yield return OfficeFlags.ColumnsTruncated(page, sheet, XlsxSheetReader.MaxColumns);
        }
    }
}
