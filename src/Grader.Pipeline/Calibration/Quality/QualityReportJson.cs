using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Grader.Pipeline.Calibration.Quality;

/// <summary>
/// The report as JSON for tools (issue 7's compare and charts): camelCase, indented, undefined figures written as
/// <c>null</c> rather than omitted, so that a reader can tell « undefined » from « not computed ».
/// </summary>
public static class QualityReportJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Relaxed escaping keeps accents and « » readable; the JSON is a file, never inlined into HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Write(QualityReport report) => JsonSerializer.Serialize(report, Options);
}
