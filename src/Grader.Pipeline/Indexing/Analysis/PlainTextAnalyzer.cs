using System.Text;

namespace Grader.Pipeline.Indexing.Analysis;

/// <summary>
/// The "plain BM25" baseline of the retrieval benchmark: lower case, split on anything that is not a letter
/// or a digit, nothing else — no elision, no accent folding, no stop words, no stemming.
/// </summary>
public sealed class PlainTextAnalyzer : ITextAnalyzer
{
    public const string AnalyzerName = "plain-v1";

    public string Name => AnalyzerName;

    public IReadOnlyList<string> Analyze(string text)
    {
        var terms = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return terms;
        }

        var current = new StringBuilder();
        foreach (var character in text)
        {
            if (char.IsLetterOrDigit(character))
            {
                current.Append(char.ToLowerInvariant(character));
            }
            else if (current.Length > 0)
            {
                terms.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            terms.Add(current.ToString());
        }

        return terms;
    }
}
