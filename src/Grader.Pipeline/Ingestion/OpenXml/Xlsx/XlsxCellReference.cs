namespace Grader.Pipeline.Ingestion.OpenXml.Xlsx;

/// <summary>Column numbers of A1-style references ("C12" → 3).</summary>
internal static class XlsxCellReference
{
    /// <summary>The 1-based column of a reference, or null when it does not start with letters.</summary>
    public static int? Column(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            // Excel stops at XFD (16 384); longer runs of letters are garbage, not a column.
            if (++letters > 3)
            {
                return null;
            }

            column = (column * 26) + (upper - 'A' + 1);
        }

        return letters == 0 ? null : column;
    }
}
