using Microsoft.Extensions.Options;

namespace Grader.Pipeline.Ingestion;

/// <summary>
/// Refuses, at start-up, limits that would disable a protection or refuse every document. The messages are
/// French: the administrator who edits the configuration reads them.
/// </summary>
public sealed class IngestionOptionsValidator : IValidateOptions<IngestionOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestionOptions options)
    {
        var errors = new List<string>();
        Require(errors, options.MaxFileBytes > 0, nameof(options.MaxFileBytes), "doit être positif");
        Require(errors, options.MaxPages > 0, nameof(options.MaxPages), "doit être positif");
        Require(errors, options.ParseTimeout > TimeSpan.Zero, nameof(options.ParseTimeout), "doit être une durée positive");
        Require(errors, options.MaxUncompressedBytes > 0, nameof(options.MaxUncompressedBytes), "doit être positif");
        Require(errors, options.MaxCompressionRatio >= 1, nameof(options.MaxCompressionRatio), "doit être au moins 1");
        Require(errors, options.MaxZipEntries > 0, nameof(options.MaxZipEntries), "doit être positif");
        Require(errors, options.MaxXmlDepth > 0, nameof(options.MaxXmlDepth), "doit être positif");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Require(List<string> errors, bool condition, string key, string rule)
    {
        if (!condition)
        {
            errors.Add($"{IngestionOptions.SectionName}:{key} {rule}.");
        }
    }
}
