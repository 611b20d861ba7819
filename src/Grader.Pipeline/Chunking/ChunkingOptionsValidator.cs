using Microsoft.Extensions.Options;

namespace Grader.Pipeline.Chunking;

/// <summary>
/// Refuses, at start-up, sizes that would make chunking produce nothing useful. The messages are French:
/// the administrator who edits the configuration reads them.
/// </summary>
public sealed class ChunkingOptionsValidator : IValidateOptions<ChunkingOptions>
{
    public ValidateOptionsResult Validate(string? name, ChunkingOptions options)
    {
        var errors = new List<string>();
        if (options.TargetTokens <= 0)
        {
            errors.Add($"{ChunkingOptions.SectionName}:{nameof(options.TargetTokens)} doit être positif.");
        }

        if (options.OverlapTokens < 0 || options.OverlapTokens >= options.TargetTokens)
        {
            errors.Add($"{ChunkingOptions.SectionName}:{nameof(options.OverlapTokens)} doit être compris entre 0 et TargetTokens (exclu).");
        }

        if (options.MinSectionTokens < 0)
        {
            errors.Add($"{ChunkingOptions.SectionName}:{nameof(options.MinSectionTokens)} ne doit pas être négatif.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
