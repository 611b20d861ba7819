using System.Text.Json;
using Grader.Pipeline.Calibration.Quality;

namespace Grader.Pipeline.Calibration.Reports;

/// <summary>rapport.json: the report as data, with the quality report's conventions (camelCase, undefined figures as null).</summary>
public static class CalibrationReportJson
{
    public static string Write(CalibrationReport report) => JsonSerializer.Serialize(report, QualityReportJson.Options);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, QualityReportJson.Options);
}
