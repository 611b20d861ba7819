using System.Security.Cryptography;
using System.Text.Json;

namespace Grader.Pipeline.Rubrics.Guidelines;

/// <summary>
/// SHA-256 of a guidelines set's content: the rubric it belongs to and, per compétence (by rubric id, in id order),
/// the consignes and the anchors (level, excerpt, note) in file order. Not the version label, the spelling of the
/// codes, comments, layout or line numbers: two sets with the same fingerprint produce the same prompts.
/// </summary>
public static class GuidelinesFingerprint
{
    public static string Compute(GuidelineSet set)
    {
        var canonical = new
        {
            rubric = set.RubricId,
            competences = set.Competences
                .Where(c => !c.IsEmpty)
                .OrderBy(c => c.CompetenceId, StringComparer.Ordinal)
                .Select(c => new
                {
                    id = c.CompetenceId,
                    guidelines = c.Guidelines?.Trim() ?? string.Empty,
                    anchors = c.Anchors.Select(a => new { level = a.Level, excerpt = a.Excerpt.Trim(), note = a.Note?.Trim() ?? string.Empty }),
                }),
        };
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(canonical)));
    }
}
