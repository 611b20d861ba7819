using System.Text;

namespace Grader.Pipeline.Indexing.Analysis;

/// <summary>
/// Maps a term to a stable sparse-vector dimension with FNV-1a (32 bits) over its UTF-8 bytes. Stable across
/// processes and versions of .NET (unlike <see cref="string.GetHashCode()"/>), so a Qdrant collection written
/// today is still queried correctly tomorrow. Collisions are possible but rare at a dossier's vocabulary size
/// (a few thousand terms out of 2^32); a collision only merges two terms' weights.
/// </summary>
public static class TermHasher
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    public static uint Hash(string term)
    {
        var hash = OffsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(term))
        {
            hash ^= b;
            hash *= Prime;
        }

        return hash;
    }
}
