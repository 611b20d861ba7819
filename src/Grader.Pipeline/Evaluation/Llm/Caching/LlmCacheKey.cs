using System.Security.Cryptography;
using System.Text;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>
/// SHA-256 of everything that can change a model's answer: dossier content hash, rubric fingerprint, prompt
/// hash, provider, endpoint, model, settings, output type, sample number and the exact rendered prompt. The
/// per-call nonce is replaced by a constant first, otherwise no two runs would ever share a key.
/// </summary>
public static class LlmCacheKey
{
    private const string NoncePlaceholder = "NONCE";

    public static string Compute(IEnumerable<string> parts, string renderedPrompt, string nonce)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts.Append(renderedPrompt.Replace(nonce, NoncePlaceholder, StringComparison.Ordinal)))
        {
            // Length-prefixed so that ("ab", "c") and ("a", "bc") differ.
            var bytes = Encoding.UTF8.GetBytes(part);
            sha.AppendData(BitConverter.GetBytes(bytes.Length));
            sha.AppendData(bytes);
        }

        return "sha256:" + Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
