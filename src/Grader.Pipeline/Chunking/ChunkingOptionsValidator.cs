using Microsoft.Extensions.Options;

namespace Grader.Pipeline.Chunking;

/// <summary>Refuses, at start-up, sizes that would make chunking loop or produce nothing useful.</summary>
public sealed class ChunkingOptionsValidator : IValidateOptions<ChunkingOptions>
{
    public ValidateOptionsResult Validate(string? name, ChunkingOptions options)
    {
        var errors = new List<string>();
        if (options.TargetTokens <= 0) errors.Add($"{nameof(options.TargetTokens)} must be positive.");
        if (options.OverlapTokens < 0 || options.OverlapTokens >= options.TargetTokens)
            errors.Add($"{nameof(options.OverlapTokens)} must be between 0 and {nameof(options.TargetTokens)} (excluded).");
        if (options.MinSectionTokens < 0) errors.Add($"{nameof(options.MinSectionTokens)} must not be negative.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
