using System.Text.RegularExpressions;

namespace Grader.Pipeline.Rubrics;

/// <summary>
/// Lenient reading of a compétence code: the référentiel writes <c>C.2.2.4.</c>, <c>C3.1.1.</c> and
/// <c>A.4.2.3.</c>, jurors type <c>c2.2.4</c> or the rubric id <c>c-2-2-4</c>. All name the compétence by
/// its three numbers, which are unique across the référentiel, so the numbers are the key.
/// </summary>
public static partial class CompetenceCode
{
    /// <summary>"2.2.4" for any spelling of that compétence, or null when the text is not a three-number code.</summary>
    public static string? Key(string code)
    {
        var match = CodePattern().Match(code.Trim());
        return match.Success ? $"{match.Groups[1].Value}.{match.Groups[2].Value}.{match.Groups[3].Value}" : null;
    }

    [GeneratedRegex(@"^[A-Za-z]{0,2}[.\-\s]?(\d+)[.\-](\d+)[.\-](\d+)\.?$")]
    private static partial Regex CodePattern();
}
