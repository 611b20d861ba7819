namespace Grader.Pipeline.Ingestion;

/// <summary>One block's place in the <see cref="EvaluatedText"/>: <c>Text[Start..End] == Block.Text</c>.</summary>
public sealed record EvaluatedSegment(DocumentBlock Block, int Start, int End)
{
    public int Page => Block.Page;
}

/// <summary>
/// The text later stages evaluate: every block in page order except running headers and footers, joined
/// with a blank line. Chunk offsets and quote verification both point into <see cref="Text"/>, so they
/// must be built from this one class and never from a text assembled differently.
/// </summary>
public sealed class EvaluatedText
{
    public const string Separator = "\n\n";

    private EvaluatedText(string text, IReadOnlyList<EvaluatedSegment> segments)
    {
        Text = text;
        Segments = segments;
    }

    public string Text { get; }

    public IReadOnlyList<EvaluatedSegment> Segments { get; }

    public static EvaluatedText From(ParsedDocument document) => From(document.Pages);

    public static EvaluatedText From(IEnumerable<DocumentPage> pages)
    {
        var builder = new System.Text.StringBuilder();
        var segments = new List<EvaluatedSegment>();
        foreach (var block in pages.OrderBy(p => p.Number).SelectMany(p => p.Blocks))
        {
            if (!IsEvaluated(block.Kind) || string.IsNullOrWhiteSpace(block.Text))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(Separator);
            }

            var start = builder.Length;
            builder.Append(block.Text);
            segments.Add(new EvaluatedSegment(block, start, builder.Length));
        }

        return new EvaluatedText(builder.ToString(), segments);
    }

    /// <summary>Running headers and footers repeat on every page and say nothing about the candidate's work.</summary>
    public static bool IsEvaluated(BlockKind kind) => kind is not (BlockKind.Header or BlockKind.Footer);

    /// <summary>The segment that contains <paramref name="offset"/>, or the next one when it falls on a separator.</summary>
    public EvaluatedSegment? SegmentAt(int offset)
    {
        int low = 0, high = Segments.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (Segments[mid].End <= offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low < Segments.Count ? Segments[low] : null;
    }
}
