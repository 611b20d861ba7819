using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>Turns the hidden letters of a page into one "hidden-text" flag per reason, with the hidden words as content.</summary>
internal static class HiddenTextReporter
{
    public const string FlagKind = "hidden-text";

    public static IEnumerable<DocumentFlag> Report(int pageNumber, IReadOnlyList<(HiddenTextReason Reason, Letter Letter)> hidden)
    {
        foreach (var group in hidden.GroupBy(h => h.Reason).OrderBy(g => g.Key))
        {
            var letters = group.Select(h => h.Letter).ToList();
            var words = NearestNeighbourWordExtractor.Instance.GetWords(letters)
                .Where(w => !string.IsNullOrWhiteSpace(w.Text))
                .OrderByDescending(w => Math.Round(w.BoundingBox.Bottom))
                .ThenBy(w => w.BoundingBox.Left);
            var content = TextNormalizer.ExpandLigatures(string.Join(' ', words.Select(w => w.Text)));
            if (content.Length == 0)
            {
                continue;
            }

            var detail = $"Page {pageNumber}\u00A0: {HiddenTextReasonText.Describe(group.Key)}, écarté du texte évalué.";
            yield return new DocumentFlag(FlagKind, pageNumber, detail, content);
        }
    }
}
