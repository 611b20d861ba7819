using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Grader.Pipeline.Indexing;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>
/// Wraps dossier passages between markers carrying a random nonce drawn for each call, so that a candidate
/// cannot write a closing marker in advance and continue "outside" the data. Whatever looks like a marker
/// inside the text is neutralised. The text is otherwise left verbatim — quotes must match the dossier —
/// and reaches the prompt only as a template variable: Semantic Kernel renders variables once and
/// HTML-encodes them, so <c>{{…}}</c> or chat-role tags written in a dossier are never executed.
/// </summary>
public sealed class UntrustedDossierEnvelope
{
    private const string MarkerWord = "DOSSIER";

    private UntrustedDossierEnvelope(string nonce)
    {
        Nonce = nonce;
        Open = $"<<<{MarkerWord}-{nonce}";
        Close = $"{MarkerWord}-{nonce}>>>";
    }

    public string Nonce { get; }

    public string Open { get; }

    public string Close { get; }

    public static UntrustedDossierEnvelope CreateRandom() => new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)));

    /// <summary>For tests only: a known nonce.</summary>
    internal static UntrustedDossierEnvelope WithNonce(string nonce) => new(nonce);

    /// <summary>Each passage with its chunk id, pages and section path, all inside one pair of markers.</summary>
    public string Wrap(IReadOnlyList<SearchHit> passages)
    {
        var text = new StringBuilder();
        text.AppendLine(Open);
        if (passages.Count == 0)
        {
            text.AppendLine("(aucun extrait retrouvé)");
        }

        foreach (var hit in passages)
        {
            var pages = hit.PageStart == hit.PageEnd
                ? hit.PageStart.ToString(CultureInfo.InvariantCulture)
                : $"{hit.PageStart}-{hit.PageEnd}";
            text.Append("--- extrait chunkId=").Append(Neutralise(hit.ChunkId))
                .Append(" ; pages=").Append(pages)
                .Append(" ; section=").AppendLine(Neutralise(hit.SectionPath));
            text.AppendLine(Neutralise(hit.Text));
        }

        text.Append(Close);
        return text.ToString();
    }

    /// <summary>Breaks anything in dossier text that could pass for a marker, ours or a guess at one.</summary>
    public string Neutralise(string text) =>
        text.Replace(Nonce, "[marqueur retiré]", StringComparison.OrdinalIgnoreCase)
            .Replace("<<<", "‹‹‹", StringComparison.Ordinal)
            .Replace(">>>", "›››", StringComparison.Ordinal);
}
