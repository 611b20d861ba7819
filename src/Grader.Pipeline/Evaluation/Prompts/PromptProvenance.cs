namespace Grader.Pipeline.Evaluation.Prompts;

/// <summary>Which prompt produced an output: recorded with every AI result so it can be traced and compared.</summary>
/// <param name="Sha256">Hash of <c>skprompt.txt</c> then <c>config.json</c>, as <c>sha256:…</c>.</param>
public sealed record PromptProvenance(string Id, string Version, string Sha256);
