using System.Text.RegularExpressions;

namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>
/// Decides whether a line is a heading and at which level. Style makes a heading (larger than the body, or
/// bold when the body is not); numbering ("2.1", "II.", "B.") refines the level. Numbering alone at body
/// style is a numbered list, not a heading.
/// </summary>
internal sealed partial class HeadingClassifier(DocumentTypography typography)
{
    private const int MaxHeadingLength = 150;
    private const int MaxBoldHeadingWords = 14;
    private const int MaxLevel = 6;

    [GeneratedRegex(@"^(?<num>\d{1,2}(?:\.\d{1,2})+)\.?\s+\S")]
    private static partial Regex MultiLevelNumber();

    public int? LevelOf(PdfTextLine line)
    {
        var text = line.Text.Trim();
        if (text.Length == 0 || text.Length > MaxHeadingLength || !text.Any(char.IsLetter))
        {
            return null;
        }

        var larger = typography.IsHeadingSize(line.FontSize);
        var boldAmongPlain = line.IsBold && !typography.BodyIsBold
            && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxBoldHeadingWords;
        if (!larger && !boldAmongPlain)
        {
            return null;
        }

        var numbered = MultiLevelNumber().Match(text);
        if (numbered.Success)
        {
            return Math.Min(MaxLevel, numbered.Groups["num"].Value.Count(c => c == '.') + 1);
        }

        return Math.Min(MaxLevel, larger ? typography.RankOf(line.FontSize) : typography.HeadingSizes.Count + 1);
    }
}
