using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Grader.Pipeline.Indexing.Analysis;

/// <summary>
/// Two conservative derivational conflations after the light stemmer, which leaves « concurrents »
/// (<c>concurent</c>), « concurrentielle » (<c>concurentiel</c>) and « concurrence » (<c>concurenc</c>) apart —
/// exactly the gap between a candidate's « analyse des concurrents » and a criterion's « veille
/// concurrentielle ». <c>-entiel</c> → <c>-ent</c> and <c>-enc</c> → <c>-ent</c> also join compétence/compétent,
/// cohérence/cohérent, fréquence/fréquent. Kept narrow on purpose: the retrieval benchmark decides any more.
/// </summary>
internal sealed class FrenchDerivationFilter : TokenFilter
{
    private readonly ICharTermAttribute term;

    public FrenchDerivationFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var length = term.Length;
        var buffer = term.Buffer;
        if (length > 8 && EndsWith(buffer, length, "entiel"))
        {
            term.SetLength(length - 3);
        }
        else if (length > 5 && EndsWith(buffer, length, "enc"))
        {
            buffer[length - 1] = 't';
        }

        return true;
    }

    private static bool EndsWith(char[] buffer, int length, string suffix) =>
        length >= suffix.Length && buffer.AsSpan(length - suffix.Length, suffix.Length).SequenceEqual(suffix);
}
