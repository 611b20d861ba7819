using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Grader.Pipeline.Ingestion.OpenXml.Xlsx;

/// <summary>
/// Turns a cell's stored value into the text a reader sees: shared and inline strings resolved, numbers in
/// invariant notation, serial dates shown as dates (dd/MM/yyyy) when the cell's number format is a date
/// format, booleans as Excel's French VRAI/FAUX, and formulas through their cached value only.
/// </summary>
internal sealed class XlsxCellFormatter
{
    /// <summary>Excel's 1904 date system starts 1 462 days after the 1900 one.</summary>
    private const int Date1904Offset = 1462;

    private readonly List<uint> _formatIdByStyle = [];
    private readonly Dictionary<uint, string> _customFormats = [];
    private readonly Dictionary<uint, XlsxValueKind> _kindCache = [];
    private readonly bool _date1904;

    public XlsxCellFormatter(WorkbookStylesPart? styles, bool date1904)
    {
        _date1904 = date1904;
        var stylesheet = styles?.Stylesheet;
        if (stylesheet?.CellFormats is { } cellFormats)
        {
            foreach (var format in cellFormats.Elements<CellFormat>())
            {
                _formatIdByStyle.Add(format.NumberFormatId?.Value ?? 0);
            }
        }

        if (stylesheet?.NumberingFormats is { } numberingFormats)
        {
            foreach (var format in numberingFormats.Elements<NumberingFormat>())
            {
                if (format.NumberFormatId?.Value is { } id && format.FormatCode?.Value is { } code)
                {
                    _customFormats[id] = code;
                }
            }
        }
    }

    /// <param name="dataType">The cell's t attribute ("s", "inlineStr", "b", "str", "e", "d", "n" or null).</param>
    /// <param name="styleIndex">The cell's s attribute.</param>
    /// <param name="value">The text of the cell's v element (the cached value for a formula).</param>
    /// <param name="inlineText">The text of the cell's is element.</param>
    public string Format(string? dataType, uint styleIndex, string? value, string? inlineText, IReadOnlyList<string> sharedStrings)
    {
        switch (dataType)
        {
            case "s":
                return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index)
                    && index >= 0 && index < sharedStrings.Count
                    ? sharedStrings[index]
                    : string.Empty;
            case "inlineStr":
                return inlineText ?? value ?? string.Empty;
            case "b":
                return value == "1" || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) ? "VRAI" : "FAUX";
            case "d":
                return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var iso)
                    ? FormatDate(iso, XlsxValueKind.Date)
                    : value ?? string.Empty;
            case "str":
            case "e":
                return value ?? string.Empty;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return value ?? string.Empty;
        }

        var kind = KindOf(styleIndex);
        return kind switch
        {
            XlsxValueKind.Date or XlsxValueKind.DateTime or XlsxValueKind.Time when ToDate(number) is { } date => FormatDate(date, kind),
            XlsxValueKind.Percent => (number * 100).ToString("G15", CultureInfo.InvariantCulture) + "\u00a0%",
            _ => number.ToString("G15", CultureInfo.InvariantCulture),
        };
    }

    private DateTime? ToDate(double serial)
    {
        var adjusted = _date1904 ? serial + Date1904Offset : serial;
        // DateTime.FromOADate's range; a "date" outside it is a number in a date-formatted cell.
        return adjusted is > -657435.0 and < 2958466.0 ? DateTime.FromOADate(adjusted) : null;
    }

    private static string FormatDate(DateTime date, XlsxValueKind kind) => kind switch
    {
        XlsxValueKind.DateTime => date.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture),
        XlsxValueKind.Time => date.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        _ => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
    };

    private XlsxValueKind KindOf(uint styleIndex)
    {
        var formatId = styleIndex < _formatIdByStyle.Count ? _formatIdByStyle[(int)styleIndex] : 0;
        if (!_kindCache.TryGetValue(formatId, out var kind))
        {
            kind = _customFormats.TryGetValue(formatId, out var code) ? KindOfCode(code) : KindOfBuiltIn(formatId);
            _kindCache[formatId] = kind;
        }

        return kind;
    }

    /// <summary>Built-in number formats of ECMA-376 §18.8.30 (14–22 and 45–47), plus the East-Asian date ids.</summary>
    private static XlsxValueKind KindOfBuiltIn(uint id) => id switch
    {
        >= 14 and <= 17 => XlsxValueKind.Date,
        >= 18 and <= 21 => XlsxValueKind.Time,
        22 => XlsxValueKind.DateTime,
        >= 45 and <= 47 => XlsxValueKind.Time,
        >= 27 and <= 36 => XlsxValueKind.Date,
        >= 50 and <= 58 => XlsxValueKind.Date,
        9 or 10 => XlsxValueKind.Percent,
        _ => XlsxValueKind.Number,
    };

    /// <summary>
    /// Reads a custom format code the way Excel decides a cell is a date: date/time letters outside quoted
    /// text, escapes and [colour] or [locale] brackets. Only the first section (positive numbers) counts.
    /// </summary>
    private static XlsxValueKind KindOfCode(string code)
    {
        var letters = new StringBuilder();
        var inQuotes = false;
        var inBracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (inQuotes)
            {
                inQuotes = c != '"';
                continue;
            }

            if (inBracket)
            {
                inBracket = c != ']';
                continue;
            }

            switch (c)
            {
                case '"':
                    inQuotes = true;
                    break;
                case '[':
                    inBracket = true;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case ';':
                    i = code.Length;
                    break;
                default:
                    letters.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        var body = letters.ToString();
        if (body.Contains('%'))
        {
            return XlsxValueKind.Percent;
        }

        var hasTime = body.Contains('h') || body.Contains('s');
        var hasDate = body.Contains('d') || body.Contains('y') || (body.Contains('m') && !hasTime);
        return (hasDate, hasTime) switch
        {
            (true, true) => XlsxValueKind.DateTime,
            (true, false) => XlsxValueKind.Date,
            (false, true) => XlsxValueKind.Time,
            _ => XlsxValueKind.Number,
        };
    }
}

internal enum XlsxValueKind
{
    Number,
    Percent,
    Date,
    DateTime,
    Time,
}
