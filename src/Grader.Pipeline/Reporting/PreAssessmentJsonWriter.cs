using System.Text.Encodings.Web;
using System.Text.Json;
using Grader.Pipeline.Evaluation.Model;

namespace Grader.Pipeline.Reporting;

/// <summary>
/// The evaluate contract's JSON: camelCase, indented, nulls written (the contract requires <c>level</c> and
/// <c>confidence</c> even when null), and accents and « » left readable rather than escaped.
/// </summary>
public sealed class PreAssessmentJsonWriter
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Relaxed escaping is safe here: the JSON is a file or an API body, never inlined into HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Write(PreAssessment assessment) => JsonSerializer.Serialize(assessment, Options);

    public Task WriteAsync(PreAssessment assessment, Stream output, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(output, assessment, Options, cancellationToken);

    /// <summary>Reads back what <see cref="Write"/> produced (cache, review UI, calibration).</summary>
    public static PreAssessment Read(string json) =>
        JsonSerializer.Deserialize<PreAssessment>(json, Options) ?? throw new JsonException("Pré-évaluation JSON vide.");
}
