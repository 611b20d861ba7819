using Microsoft.Extensions.Options;

namespace Grader.Pipeline.Ingestion;

/// <summary>Refuses, at start-up, limits that would disable a protection or refuse every document.</summary>
public sealed class IngestionOptionsValidator : IValidateOptions<IngestionOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestionOptions options)
    {
        var errors = new List<string>();
        if (options.MaxFileBytes <= 0) errors.Add($"{nameof(options.MaxFileBytes)} must be positive.");
        if (options.MaxPages <= 0) errors.Add($"{nameof(options.MaxPages)} must be positive.");
        if (options.ParseTimeout <= TimeSpan.Zero) errors.Add($"{nameof(options.ParseTimeout)} must be positive.");
        if (options.MaxUncompressedBytes <= 0) errors.Add($"{nameof(options.MaxUncompressedBytes)} must be positive.");
        if (options.MaxCompressionRatio < 1) errors.Add($"{nameof(options.MaxCompressionRatio)} must be at least 1.");
        if (options.MaxZipEntries <= 0) errors.Add($"{nameof(options.MaxZipEntries)} must be positive.");
        if (options.MaxXmlDepth <= 0) errors.Add($"{nameof(options.MaxXmlDepth)} must be positive.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
