using Grader.Pipeline.Chunking;

namespace Grader.Pipeline.Evaluation.Verification;

/// <summary>
/// Checks that a proposed quote is really in the dossier: first in the chunk it cites, then anywhere in the
/// dossier's files, after <see cref="QuoteFolding"/>. Each file is folded once, when the verifier is built.
/// Thread-safe once constructed, so the criteria of an épreuve can share one verifier.
/// </summary>
public sealed class QuoteVerifier
{
    private readonly IReadOnlyList<IndexedFile> _files;
    private readonly Dictionary<string, (IndexedFile File, Chunk Chunk)> _chunks = new(StringComparer.Ordinal);
    private readonly VerificationSettings _settings;

    public QuoteVerifier(IEnumerable<DossierFileText> files, VerificationSettings? settings = null)
    {
        _settings = settings ?? VerificationSettings.Default;
        _files = files.Select(f => new IndexedFile(f, FoldedText.Build(f.Text.Text))).ToList();
        foreach (var file in _files)
        {
            foreach (var chunk in file.Source.Chunks)
            {
                _chunks.TryAdd(chunk.Id, (file, chunk));
            }
        }
    }

    /// <summary>Finds <paramref name="quote"/>; null when it is not verbatim in the dossier.</summary>
    public QuoteMatch? Find(string quote, string? citedChunkId = null)
    {
        if (string.IsNullOrWhiteSpace(quote))
        {
            return null;
        }

        var fragments = QuoteFragments.Split(quote).Select(FoldedText.Fold).ToList();
        if (fragments.Count == 0
            || fragments.Sum(f => f.Length) < _settings.MinimumQuoteLength
            || (fragments.Count > 1 && fragments.Any(f => f.Length < _settings.MinimumFragmentLength)))
        {
            return null;
        }

        if (citedChunkId is not null && _chunks.TryGetValue(citedChunkId, out var cited))
        {
            var from = cited.File.Folded.FoldedIndexAtOrAfter(cited.Chunk.StartOffset);
            var to = cited.File.Folded.FoldedIndexAtOrAfter(cited.Chunk.EndOffset);
            if (Search(cited.File, fragments, from, to) is { } inChunk)
            {
                return ToMatch(cited.File, inChunk, inCitedChunk: true);
            }
        }

        foreach (var file in _files)
        {
            if (Search(file, fragments, 0, file.Folded.Folded.Length) is { } anywhere)
            {
                return ToMatch(file, anywhere, inCitedChunk: false);
            }
        }

        return null;
    }

    // Every fragment in order, each starting after the previous one ends and within the allowed gap; tries each
    // occurrence of the first fragment so that an early partial match does not hide a later complete one.
    private List<(int Start, int End)>? Search(IndexedFile file, List<string> fragments, int from, int to)
    {
        var folded = file.Folded.Folded;
        var first = fragments[0];
        var start = folded.IndexOf(first, from, to - from, StringComparison.Ordinal);
        while (start >= 0)
        {
            var spans = new List<(int, int)> { (start, start + first.Length) };
            if (MatchRest(file, fragments, spans, to))
            {
                return spans;
            }

            start = start + 1 < to ? folded.IndexOf(first, start + 1, to - start - 1, StringComparison.Ordinal) : -1;
        }

        return null;
    }

    private bool MatchRest(IndexedFile file, List<string> fragments, List<(int Start, int End)> spans, int to)
    {
        var folded = file.Folded.Folded;
        for (var i = 1; i < fragments.Count; i++)
        {
            var previousEnd = spans[^1].End;
            var next = folded.IndexOf(fragments[i], previousEnd, to - previousEnd, StringComparison.Ordinal);
            if (next < 0)
            {
                return false;
            }

            var gap = file.Folded.SourceStart(next) - file.Folded.SourceEnd(previousEnd);
            if (gap > _settings.MaximumEllipsisGap)
            {
                return false;
            }

            spans.Add((next, next + fragments[i].Length));
        }

        return true;
    }

    private static QuoteMatch ToMatch(IndexedFile file, List<(int Start, int End)> spans, bool inCitedChunk)
    {
        var text = file.Source.Text.Text;
        var pieces = spans.Select(s => text[file.Folded.SourceStart(s.Start)..file.Folded.SourceEnd(s.End)]);
        var start = file.Folded.SourceStart(spans[0].Start);
        var end = file.Folded.SourceEnd(spans[^1].End);
        var page = file.Source.Text.SegmentAt(start)?.Page;
        var chunk = file.Source.Chunks.FirstOrDefault(c => c.StartOffset <= start && start < c.EndOffset);
        return new QuoteMatch(string.Join(" … ", pieces), file.Source.FileName, page, chunk?.Id, start, end, inCitedChunk);
    }

    private sealed record IndexedFile(DossierFileText Source, FoldedText Folded);
}
