namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>
/// The document's body text size and the larger sizes used by headings, measured over every page, so that
/// "large" means large for this document rather than an absolute size.
/// </summary>
internal sealed record DocumentTypography(double BodySize, bool BodyIsBold, IReadOnlyList<double> HeadingSizes)
{
    /// <summary>A line at least this much larger than the body counts as heading-sized.</summary>
    public const double HeadingSizeRatio = 1.15;

    public bool IsHeadingSize(double size) => BodySize > 0 && size >= BodySize * HeadingSizeRatio;

    /// <summary>1 for the largest heading size, 2 for the next...; bold text at body size comes last.</summary>
    public int RankOf(double size)
    {
        var rounded = Round(size);
        for (var i = 0; i < HeadingSizes.Count; i++)
        {
            if (rounded >= HeadingSizes[i])
            {
                return i + 1;
            }
        }

        return HeadingSizes.Count + 1;
    }

    public static DocumentTypography Measure(IEnumerable<PdfTextLine> lines)
    {
        var bySize = new Dictionary<double, (int Chars, int BoldChars)>();
        foreach (var line in lines)
        {
            var size = Round(line.FontSize);
            var chars = line.Text.Count(c => !char.IsWhiteSpace(c));
            bySize.TryGetValue(size, out var tally);
            bySize[size] = (tally.Chars + chars, tally.BoldChars + (line.IsBold ? chars : 0));
        }

        if (bySize.Count == 0)
        {
            return new DocumentTypography(0, false, []);
        }

        var body = bySize.MaxBy(kv => kv.Value.Chars);
        var headingSizes = bySize.Keys.Where(s => s >= body.Key * HeadingSizeRatio).OrderDescending().ToList();
        return new DocumentTypography(body.Key, body.Value.BoldChars * 2 > body.Value.Chars, headingSizes);
    }

    /// <summary>Half-point buckets: the same style often comes out as 11.98 and 12.0.</summary>
    private static double Round(double size) => Math.Round(size * 2, MidpointRounding.AwayFromZero) / 2;
}
