using System.Text.RegularExpressions;

namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>
/// Decides whether a line is a heading and at which level. Style makes a heading (larger than the body, or
/// bold when the body is not); numbering ("2.1", "II.", "B.") gives the level. Unnumbered headings take the
/// level that numbered headings of the same size have in this document, else their size rank: a cover page's
/// big title must not push "1. Introduction" down to level 2. Numbering alone at body style is a numbered
/// list, not a heading.
/// </summary>
internal sealed partial class HeadingClassifier
{
    private const int MaxHeadingLength = 150;
    private const int MaxBoldHeadingWords = 14;
    private const int MaxLevel = 6;

    private readonly DocumentTypography _typography;
    private readonly Dictionary<double, int> _levelBySize = [];

    public HeadingClassifier(DocumentTypography typography, IEnumerable<PdfTextLine>? documentLines = null)
    {
        _typography = typography;
        foreach (var group in (documentLines ?? [])
                     .Where(IsStyledAsHeading)
                     .Select(l => (Size: Bucket(l.FontSize), Depth: NumberingDepth(l.Text.Trim())))
                     .Where(x => x.Depth is not null)
                     .GroupBy(x => x.Size))
        {
            _levelBySize[group.Key] = group.GroupBy(x => x.Depth!.Value).MaxBy(g => g.Count())!.Key;
        }
    }

    [GeneratedRegex(@"^(?<num>\d{1,2}(?:\.\d{1,2})*)\.?\s+\p{L}")]
    private static partial Regex DecimalNumber();

    [GeneratedRegex(@"^[IVXLC]{1,5}[.)\-–]\s+\p{L}")]
    private static partial Regex RomanNumber();

    [GeneratedRegex(@"^[A-H][.)]\s+\p{L}")]
    private static partial Regex LetterNumber();

    public int? LevelOf(PdfTextLine line)
    {
        if (!IsStyledAsHeading(line))
        {
            return null;
        }

        var text = line.Text.Trim();
        if (NumberingDepth(text) is { } depth)
        {
            return Math.Min(MaxLevel, depth);
        }

        if (_levelBySize.TryGetValue(Bucket(line.FontSize), out var learned))
        {
            return learned;
        }

        var larger = _typography.IsHeadingSize(line.FontSize);
        return Math.Min(MaxLevel, larger ? _typography.RankOf(line.FontSize) : _typography.HeadingSizes.Count + 1);
    }

    private bool IsStyledAsHeading(PdfTextLine line)
    {
        var text = line.Text.Trim();
        if (text.Length == 0 || text.Length > MaxHeadingLength || !text.Any(char.IsLetter))
        {
            return false;
        }

        var larger = _typography.IsHeadingSize(line.FontSize);
        var boldAmongPlain = line.IsBold && !_typography.BodyIsBold
            && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxBoldHeadingWords;
        return larger || boldAmongPlain;
    }

    /// <summary>"2.1 Titre" → 2, "3. Titre" → 1, "II. Titre" → 1, "B. Titre" → 2; null when unnumbered.</summary>
    private static int? NumberingDepth(string text)
    {
        var decimalMatch = DecimalNumber().Match(text);
        if (decimalMatch.Success)
        {
            return decimalMatch.Groups["num"].Value.Count(c => c == '.') + 1;
        }

        if (RomanNumber().IsMatch(text))
        {
            return 1;
        }

        return LetterNumber().IsMatch(text) ? 2 : null;
    }

    private static double Bucket(double size) => Math.Round(size * 2, MidpointRounding.AwayFromZero) / 2;
}
