using Microsoft.SemanticKernel;

namespace Grader.Pipeline.Evaluation.Prompts;

/// <summary>One prompt function read from its folder: its template configuration and its provenance.</summary>
public sealed record PromptDefinition(PromptTemplateConfig Config, PromptProvenance Provenance)
{
    public string Id => Provenance.Id;

    /// <summary>The <c>max_tokens</c> of the folder's default execution settings, if it sets one.</summary>
    public int? DefaultMaxTokens => Setting("max_tokens") is { } value && int.TryParse(value, out var tokens) ? tokens : null;

    /// <summary>A function the kernel can invoke; built anew so callers cannot share mutable state.</summary>
    public KernelFunction CreateFunction() => KernelFunctionFactory.CreateFromPrompt(Config);

    private string? Setting(string key) =>
        Config.DefaultExecutionSettings?.ExtensionData is { } data && data.TryGetValue(key, out var value) ? value?.ToString() : null;
}
