using System.Security.Cryptography;
using System.Text;

namespace Grader.Pipeline.Indexing.Qdrant;

/// <summary>
/// Deterministic point ids: a name-based UUID (RFC 9562 version 5: SHA-1 of a namespace and a name) of the
/// dossier id and chunk id. Indexing the same chunk again overwrites the same point instead of adding one.
/// </summary>
public static class QdrantPointIds
{
    // A fixed namespace of our own, so Grader's ids never coincide with other name-based UUIDs.
    private static readonly Guid Namespace = new("5b0e7a52-3c1d-4f0e-9a57-6c0d2b8f4e11");

    public static Guid For(string dossierId, string chunkId)
    {
        // Length-prefixing the dossier id keeps ("a", "b/c") and ("a/b", "c") apart.
        var name = Encoding.UTF8.GetBytes($"{dossierId.Length}:{dossierId}/{chunkId}");
        var namespaceBytes = Namespace.ToByteArray(bigEndian: true);

        var input = new byte[namespaceBytes.Length + name.Length];
        namespaceBytes.CopyTo(input, 0);
        name.CopyTo(input, namespaceBytes.Length);

#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for version 5 ids; this is no security use.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350

        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50); // version 5
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(bytes, bigEndian: true);
    }
}
