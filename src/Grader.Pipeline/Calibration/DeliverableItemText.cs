using System.Globalization;
using System.Text;

namespace Grader.Pipeline.Calibration;

/// <summary>
/// Folds a deliverable item's wording so that a label typed by hand finds the référentiel's item: case, accents,
/// typographic apostrophes and quotes, runs of spaces (YAML folds long items over lines) and the trailing
/// « , » « . » « : » « ; » that the référentiel's lists carry irregularly.
/// </summary>
public static class DeliverableItemText
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c switch
            {
                '\u2019' or '\u2018' or '\u02BC' => '\'',
                '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => '"',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString().TrimEnd(',', '.', ':', ';', ' ', '\u2026');
    }
}
