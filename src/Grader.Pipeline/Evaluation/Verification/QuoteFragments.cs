using System.Text.RegularExpressions;

namespace Grader.Pipeline.Evaluation.Verification;

/// <summary>
/// Splits a quote at its ellipses (« … », « ... », « […] », « (…) ») into the fragments that must appear in
/// the dossier in that order. A quote without an ellipsis is one fragment.
/// </summary>
internal static partial class QuoteFragments
{
    public static IReadOnlyList<string> Split(string quote) =>
        Ellipsis().Split(quote).Where(f => FoldedText.Fold(f).Length > 0).ToList();

    [GeneratedRegex(@"\s*[\[(]?\s*(?:\u2026|\.{3,})\s*[\])]?\s*")]
    private static partial Regex Ellipsis();
}
