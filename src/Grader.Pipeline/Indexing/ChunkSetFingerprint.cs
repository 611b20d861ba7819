using System.Security.Cryptography;
using System.Text;

namespace Grader.Pipeline.Indexing;

/// <summary>
/// SHA-256 over everything of a dossier's chunks that the index stores, so that the same chunks always give
/// the same fingerprint and any change (text, pages, section, order) gives another.
/// </summary>
public static class ChunkSetFingerprint
{
    public static string Compute(IReadOnlyList<IndexedChunk> chunks)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var chunk in chunks.OrderBy(c => c.Ordinal).ThenBy(c => c.ChunkId, StringComparer.Ordinal))
        {
            // Length-prefixed fields: "ab"+"c" and "a"+"bc" must not collide.
            foreach (var field in new[]
                     {
                         chunk.ChunkId, chunk.Ordinal.ToString(), chunk.Text, chunk.SectionPath,
                         chunk.PageStart.ToString(), chunk.PageEnd.ToString(), chunk.SessionId ?? string.Empty,
                         chunk.FileName ?? string.Empty,
                     })
            {
                var bytes = Encoding.UTF8.GetBytes(field);
                hash.AppendData(BitConverter.GetBytes(bytes.Length));
                hash.AppendData(bytes);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
