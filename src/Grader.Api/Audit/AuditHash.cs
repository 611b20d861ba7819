using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Grader.Persistence.Entities;

namespace Grader.Api.Audit;

/// <summary>
/// The chain's arithmetic. An entry's hash covers the previous hash, its own fields and the digest of its payload
/// (not the payload), so that redacting a payload on erasure leaves every hash verifiable.
/// </summary>
public static class AuditHash
{
    /// <summary>The "previous hash" of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string OfPayload(string? payload) => Hex(Encoding.UTF8.GetBytes(payload ?? ""));

    public static string Of(AuditEntry entry)
    {
        // Unit separators keep field boundaries unambiguous ("ab"+"c" ≠ "a"+"bc").
        var canonical = string.Join('\u001f',
            entry.PreviousHash,
            entry.Sequence.ToString(CultureInfo.InvariantCulture),
            entry.At.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
            entry.Actor,
            entry.Action,
            entry.EntityType,
            entry.EntityId,
            entry.SessionId?.ToString("D") ?? "",
            entry.CandidateId?.ToString("D") ?? "",
            entry.PayloadSha256);
        return Hex(Encoding.UTF8.GetBytes(canonical));
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
