using System.Globalization;

namespace Grader.Pipeline.Ingestion.OpenXml.Pptx;

/// <summary>
/// Labels of the paragraphs of one text frame. Automatic numbers count per level and restart when a
/// shallower paragraph comes in between, as PowerPoint does; inherited bullets show as "•".
/// </summary>
internal sealed class PptxListCounter
{
    private readonly Dictionary<int, int> _counts = [];

    public string Next(PptxBullet bullet, int level)
    {
        foreach (var deeper in _counts.Keys.Where(k => k > level).ToList())
        {
            _counts.Remove(deeper);
        }

        if (bullet.Kind != PptxBulletKind.AutoNumber)
        {
            _counts.Remove(level);
            return OfficeListLabels.Bullet(bullet.Character);
        }

        var value = _counts.TryGetValue(level, out var current) ? current + 1 : bullet.StartAt;
        _counts[level] = value;
        return Format(value, bullet.Scheme ?? "arabicPeriod");
    }

    /// <summary>Scheme names read as number style + punctuation, e.g. alphaLcParenR → "a)".</summary>
    private static string Format(int value, string scheme)
    {
        var number = scheme switch
        {
            _ when scheme.StartsWith("alphaLc", StringComparison.Ordinal) => OfficeListLabels.Letters(value),
            _ when scheme.StartsWith("alphaUc", StringComparison.Ordinal) => OfficeListLabels.Letters(value).ToUpperInvariant(),
            _ when scheme.StartsWith("romanLc", StringComparison.Ordinal) => OfficeListLabels.Roman(value).ToLowerInvariant(),
            _ when scheme.StartsWith("romanUc", StringComparison.Ordinal) => OfficeListLabels.Roman(value),
            _ => value.ToString(CultureInfo.InvariantCulture),
        };

        if (scheme.EndsWith("ParenBoth", StringComparison.Ordinal))
        {
            return $"({number})";
        }

        if (scheme.EndsWith("ParenR", StringComparison.Ordinal))
        {
            return $"{number})";
        }

        return scheme.EndsWith("Plain", StringComparison.Ordinal) ? number : $"{number}.";
    }
}
