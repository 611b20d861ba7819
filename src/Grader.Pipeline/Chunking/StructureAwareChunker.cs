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
            foreach (var units in Pack(section.Units))
            {
                chunks.Add(ToChunk(document.ContentHash, chunks.Count, section.Path, units, evaluated.Text));
            }
        }

        return chunks;
    }

    private IEnumerable<List<ChunkUnit>> Pack(IReadOnlyList<ChunkUnit> units)
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
            overlap = TrailingOverlap(chunk);
        }
    }

    /// <summary>The last whole units of a chunk that fit in the overlap budget; never table rows, never the whole chunk.</summary>
    private List<ChunkUnit> TrailingOverlap(List<ChunkUnit> chunk)
    {
        var overlap = new List<ChunkUnit>();
        var tokens = 0;
        for (var i = chunk.Count - 1; i > 0; i--)
        {
            var unit = chunk[i];
            if (unit.IsTablePart || tokens + unit.Tokens > _options.OverlapTokens)
            {
                break;
            }

            overlap.Insert(0, unit);
            tokens += unit.Tokens;
        }

        return overlap;
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
