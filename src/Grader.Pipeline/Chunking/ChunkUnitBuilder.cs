using Grader.Pipeline.Ingestion;

namespace Grader.Pipeline.Chunking;

/// <summary>
/// Cuts each block of the evaluated text into the units the chunker packs: a block that fits in a chunk
/// stays whole; a larger table is cut between rows (one line per row, as the document model writes
/// tables); a longer paragraph is cut at sentence ends, and a sentence still too long at spaces.
/// </summary>
internal static class ChunkUnitBuilder
{
    public static IEnumerable<ChunkUnit> UnitsOf(EvaluatedSegment segment, string text, int targetTokens)
    {
        var kind = segment.Block.Kind;
        var tokens = TokenEstimator.Estimate(text.AsSpan(segment.Start, segment.End - segment.Start));
        if (tokens <= targetTokens || kind == BlockKind.Heading)
        {
            return [new ChunkUnit(segment.Start, segment.End, tokens, kind, segment.Page)];
        }

        var spans = kind == BlockKind.Table
            ? Lines(text, segment.Start, segment.End)
            : SentenceSplitter.Sentences(text[segment.Start..segment.End])
                .Select(s => (Start: segment.Start + s.Start, End: segment.Start + s.End))
                .SelectMany(s => TokenEstimator.Estimate(text.AsSpan(s.Start, s.End - s.Start)) <= targetTokens
                    ? [s]
                    : SentenceSplitter.Pieces(text, s.Start, s.End, targetTokens));

        return spans
            .Where(s => s.End > s.Start)
            .Select(s => new ChunkUnit(s.Start, s.End, TokenEstimator.Estimate(text.AsSpan(s.Start, s.End - s.Start)), kind, segment.Page))
            .ToList();
    }

    private static IEnumerable<(int Start, int End)> Lines(string text, int start, int end)
    {
        var lineStart = start;
        while (lineStart < end)
        {
            var newline = text.IndexOf('\n', lineStart, end - lineStart);
            var lineEnd = newline < 0 ? end : newline;
            yield return (lineStart, lineEnd);
            lineStart = lineEnd + 1;
        }
    }
}
