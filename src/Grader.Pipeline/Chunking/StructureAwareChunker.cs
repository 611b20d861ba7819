using Grader.Pipeline.Ingestion;
using Microsoft.Extensions.Options;

namespace Grader.Pipeline.Chunking;

/// <summary>
/// Cuts the evaluated text into chunks that follow the document's structure: a chunk stays within one
/// section (tiny sections excepted), grows up to the target size, and starts with the last sentences of
/// the previous chunk of the same section so that an idea cut in two can still be found whole.
/// </summary>
public sealed class StructureAwareChunker(IOptions<ChunkingOptions> options)
{
    private readonly ChunkingOptions _options = options.Value;

    public IReadOnlyList<Chunk> CreateChunks(ParsedDocument document) => CreateChunks(document, EvaluatedText.From(document));

    public IReadOnlyList<Chunk> CreateChunks(ParsedDocument document, EvaluatedText evaluated)
    {
        var chunks = new List<Chunk>();
        foreach (var section in SectionBuilder.Build(evaluated, _options))
        {
            foreach (var units in Pack(section.Units, evaluated.Text))
            {
                chunks.Add(ToChunk(document.ContentHash, chunks.Count, section.Path, units, evaluated.Text));
            }
        }

        return chunks;
    }

    private IEnumerable<List<ChunkUnit>> Pack(IReadOnlyList<ChunkUnit> units, string text)
    {
        var overlap = new List<ChunkUnit>();
        var next = 0;
        while (next < units.Count)
        {
            var overlapTokens = overlap.Sum(u => u.Tokens);
            var chunk = overlapTokens + units[next].Tokens <= _options.TargetTokens ? new List<ChunkUnit>(overlap) : [];
            var tokens = chunk.Sum(u => u.Tokens);
            do
            {
                chunk.Add(units[next]);
                tokens += units[next].Tokens;
                next++;
            }
            while (next < units.Count && tokens + units[next].Tokens <= _options.TargetTokens);

            yield return chunk;
            overlap = TrailingOverlap(chunk, text);
        }
    }

    /// <summary>
    /// The end of a chunk that fits in the overlap budget: whole units, then the last sentences of the unit
    /// that does not fit whole. Never table rows (a table part keeps its own rows), never the whole chunk.
    /// </summary>
    private List<ChunkUnit> TrailingOverlap(List<ChunkUnit> chunk, string text)
    {
        var overlap = new List<ChunkUnit>();
        var budget = _options.OverlapTokens;
        for (var i = chunk.Count - 1; i > 0 && budget > 0; i--)
        {
            var unit = chunk[i];
            if (unit.IsTablePart || unit.Kind == BlockKind.Heading)
            {
                break;
            }

            if (unit.Tokens <= budget)
            {
                overlap.Insert(0, unit);
                budget -= unit.Tokens;
                continue;
            }

            if (TrailingSentences(unit, text, budget) is { } tail)
            {
                overlap.Insert(0, tail);
            }

            break;
        }

        return overlap;
    }

    /// <summary>The last sentences of <paramref name="unit"/> within <paramref name="budget"/> tokens, as a unit of their own.</summary>
    private static ChunkUnit? TrailingSentences(ChunkUnit unit, string text, int budget)
    {
        var start = -1;
        var tokens = 0;
        foreach (var (sentenceStart, sentenceEnd) in SentenceSplitter.Sentences(text[unit.Start..unit.End]).Reverse())
        {
            var sentenceTokens = TokenEstimator.Estimate(text.AsSpan(unit.Start + sentenceStart, sentenceEnd - sentenceStart));
            if (tokens + sentenceTokens > budget || sentenceStart == 0)
            {
                break;
            }

            start = unit.Start + sentenceStart;
            tokens += sentenceTokens;
        }

        return start < 0 ? null : unit with { Start = start, Tokens = tokens };
    }

    private static Chunk ToChunk(string contentHash, int ordinal, string sectionPath, List<ChunkUnit> units, string text)
    {
        var start = units[0].Start;
        var end = units[^1].End;
        var chunkText = text[start..end];
        return new Chunk
        {
            Id = Chunk.MakeId(contentHash, ordinal),
            Ordinal = ordinal,
            Text = chunkText,
            SectionPath = sectionPath,
            PageStart = units.Min(u => u.Page),
            PageEnd = units.Max(u => u.Page),
            StartOffset = start,
            EndOffset = end,
            BlockKinds = units.Select(u => u.Kind).Distinct().ToList(),
            TokenCount = TokenEstimator.Estimate(chunkText),
        };
    }
}
