namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>What every prompt may know about the dossier besides its retrieved passages.</summary>
/// <param name="ContentHash">Hash of the dossier's content from ingestion; part of every cache key.</param>
/// <param name="Outline">Its headings with pages, so the model sees the dossier's shape.</param>
/// <param name="Flags">Facts established by ingestion (hidden text, injection attempt…), passed to the model as such.</param>
public sealed record DossierContext(
    string ContentHash,
    IReadOnlyList<OutlineHeading> Outline,
    IReadOnlyList<IngestionFlagFact> Flags);

/// <param name="Depth">1 for a top-level heading.</param>
public sealed record OutlineHeading(int Depth, string Title, int Page);

/// <param name="Kind">As in the evaluate contract, e.g. <c>hidden-text</c>, <c>prompt-injection</c>.</param>
public sealed record IngestionFlagFact(string Kind, string Detail, int? Page);
