namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>One invocation of a prompt function: its variables, the envelope its dossier text is wrapped in,
/// and the facts that identify it for the cache beyond the rendered prompt.</summary>
/// <param name="KeyParts">Dossier content hash, rubric fingerprint, sample number…</param>
public sealed record PromptCall(
    string PromptId,
    IReadOnlyDictionary<string, string> Variables,
    UntrustedDossierEnvelope Envelope,
    IReadOnlyList<string> KeyParts);
