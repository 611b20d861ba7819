using System.Text;

namespace Grader.Pipeline.Evaluation.Verification;

/// <summary>
/// A text folded by <see cref="QuoteFolding"/>, with, for every folded character, the offset of the original
/// character it came from. Built once per file; each quote is then a plain ordinal search in it.
/// </summary>
internal sealed class FoldedText
{
    private readonly int[] _source;

    private FoldedText(string folded, int[] source)
    {
        Folded = folded;
        _source = source;
    }

    public string Folded { get; }

    public static FoldedText Build(string original)
    {
        var builder = new StringBuilder(original.Length);
        var source = new List<int>(original.Length);
        var scratch = new StringBuilder(4);
        for (var i = 0; i < original.Length; i++)
        {
            scratch.Clear();
            QuoteFolding.Append(original[i], scratch);
            for (var k = 0; k < scratch.Length; k++)
            {
                builder.Append(scratch[k]);
                source.Add(i);
            }
        }

        return new FoldedText(builder.ToString(), [.. source]);
    }

    /// <summary>Folds a quote without keeping offsets.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            QuoteFolding.Append(c, builder);
        }

        return builder.ToString();
    }

    /// <summary>Original offset where the folded character at <paramref name="foldedIndex"/> starts.</summary>
    public int SourceStart(int foldedIndex) => _source[foldedIndex];

    /// <summary>Original offset just after the folded range ending (exclusive) at <paramref name="foldedEnd"/>.</summary>
    public int SourceEnd(int foldedEnd) => _source[foldedEnd - 1] + 1;

    /// <summary>The first folded index whose original offset is at or after <paramref name="sourceOffset"/>.</summary>
    public int FoldedIndexAtOrAfter(int sourceOffset)
    {
        int low = 0, high = _source.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (_source[mid] < sourceOffset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
