using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Grader.Pipeline.Ingestion.OpenXml.Docx;

/// <summary>
/// Computes the list labels a reader sees ("1.", "2.3.", "a)", "•"). Word stores only the recipe
/// (numId → abstractNum → level → numFmt + lvlText) and counts at layout time, so we count too, in
/// document order. Lists that share an abstract definition continue each other's numbering unless the
/// instance restarts it with a start override, as in Word.
/// </summary>
internal sealed class DocxNumbering
{
    private const int LevelCount = 9;

    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<string, Counter> _counters = new(StringComparer.Ordinal);

    public DocxNumbering(Numbering? numbering)
    {
        if (numbering is null)
        {
            return;
        }

        foreach (var abstractNum in numbering.Elements<AbstractNum>())
        {
            if (abstractNum.AbstractNumberId?.Value is { } id)
            {
                _abstracts.TryAdd(id, abstractNum);
            }
        }

        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is { } id)
            {
                _instances.TryAdd(id, instance);
            }
        }
    }

    /// <summary>Advances the list's counter at <paramref name="level"/> and returns the label, or null.</summary>
    public string? NextLabel(int numId, int level)
    {
        if (!_instances.TryGetValue(numId, out var instance))
        {
            return null;
        }

        var abstractId = instance.AbstractNumId?.Val?.Value;
        var abstractNum = abstractId is { } a && _abstracts.TryGetValue(a, out var found) ? found : null;
        var overrides = instance.Elements<LevelOverride>().ToList();
        var restarts = overrides.Any(o => o.StartOverrideNumberingValue is not null);
        var key = restarts || abstractId is null ? $"num:{numId}" : $"abstract:{abstractId}";
        if (!_counters.TryGetValue(key, out var counter))
        {
            counter = new Counter();
            _counters[key] = counter;
        }

        var levels = new Level?[LevelCount];
        var starts = new int[LevelCount];
        for (var i = 0; i < LevelCount; i++)
        {
            var levelOverride = overrides.FirstOrDefault(o => o.LevelIndex?.Value == i);
            levels[i] = levelOverride?.Level ?? abstractNum?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == i);
            starts[i] = levelOverride?.StartOverrideNumberingValue?.Val?.Value
                ?? levels[i]?.StartNumberingValue?.Val?.Value
                ?? 1;
        }

        counter.Advance(level, starts);
        var current = levels[level];
        if (current is null)
        {
            return null;
        }

        var format = current.NumberingFormat?.Val?.Value;
        var text = current.LevelText?.Val?.Value ?? string.Empty;
        if (format == NumberFormatValues.Bullet)
        {
            return OfficeListLabels.Bullet(text);
        }

        var label = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var referenced = text[i + 1] - '1';
                label.Append(FormatNumber(counter.ValueAt(referenced, starts), levels[referenced]?.NumberingFormat?.Val?.Value));
                i++;
            }
            else
            {
                label.Append(text[i]);
            }
        }

        var result = label.ToString().Trim();
        return result.Length == 0 ? null : result;
    }

    private static string FormatNumber(int value, NumberFormatValues? format)
    {
        if (format is null || format == NumberFormatValues.Decimal)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        if (format == NumberFormatValues.DecimalZero)
        {
            return value.ToString("00", CultureInfo.InvariantCulture);
        }

        if (format == NumberFormatValues.LowerLetter)
        {
            return OfficeListLabels.Letters(value);
        }

        if (format == NumberFormatValues.UpperLetter)
        {
            return OfficeListLabels.Letters(value).ToUpperInvariant();
        }

        if (format == NumberFormatValues.LowerRoman)
        {
            return OfficeListLabels.Roman(value).ToLowerInvariant();
        }

        if (format == NumberFormatValues.UpperRoman)
        {
            return OfficeListLabels.Roman(value);
        }

        if (format == NumberFormatValues.None)
        {
            return string.Empty;
        }

        // Ordinal, text and East-Asian formats are rare in French dossiers; the digits still identify the item.
        return value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The counters of one list: a value per level, deeper levels restarting under a new parent.</summary>
    private sealed class Counter
    {
        private readonly int?[] _values = new int?[LevelCount];

        public void Advance(int level, int[] starts)
        {
            _values[level] = _values[level] is { } value ? value + 1 : starts[level];
            for (var deeper = level + 1; deeper < LevelCount; deeper++)
            {
                _values[deeper] = null;
            }
        }

        /// <summary>A parent level never used yet shows its start value ("1.1." under no "1.").</summary>
        public int ValueAt(int level, int[] starts) => _values[level] ?? starts[level];
    }
}
