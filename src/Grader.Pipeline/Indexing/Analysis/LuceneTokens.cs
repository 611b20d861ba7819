using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Grader.Pipeline.Indexing.Analysis;

/// <summary>Runs a Lucene analyzer over a string and collects the terms it emits.</summary>
internal static class LuceneTokens
{
    public static IReadOnlyList<string> Read(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return terms;
        }

        // Lucene analyzers reuse per-thread token streams, so one analyzer instance is safe to share.
        using var stream = analyzer.GetTokenStream("text", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
