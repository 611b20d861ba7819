using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Grader.Pipeline.Rubrics;

/// <summary>
/// SHA-256 of a rubric's content — every text, id, code, mode and level, but not YAML comments, layout,
/// line numbers or the folder it was read from. Two rubrics with the same fingerprint grade alike, so the
/// fingerprint is what a version number must stand for.
/// </summary>
public static class RubricFingerprint
{
    private static readonly JsonSerializerOptions Canonical = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { IgnoreWhereaboutsAndVersion } },
        WriteIndented = false,
    };

    public static string Compute(Rubric rubric)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(rubric, Canonical);
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    // Where a rubric was read from, and its version label, are not its content.
    private static void IgnoreWhereaboutsAndVersion(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            var property = typeInfo.Properties[i];
            var isWhereabouts = property.PropertyType == typeof(SourceLocation)
                || (typeInfo.Type == typeof(Rubric) && property.Name is nameof(Rubric.Path) or nameof(Rubric.Version));
            // Computed views (Rubric.Competences, RatingScale.Max...) repeat content already counted once.
            var isComputed = property.Set is null;
            if (isWhereabouts || isComputed)
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }
    }
}
