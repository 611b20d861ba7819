using Grader.Pipeline.Ingestion;

namespace Grader.Pipeline.Evaluation.Model;

/// <summary>The flag kinds of the evaluate contract. Ingestion's kinds are reused as they are.</summary>
public static class AssessmentFlagKinds
{
    public const string HiddenText = DocumentFlagKinds.HiddenText;
    public const string PromptInjection = DocumentFlagKinds.PromptInjection;
    public const string MetadataText = DocumentFlagKinds.MetadataText;
    public const string Ocr = DocumentFlagKinds.Ocr;
    public const string OcrUnavailable = "ocr-unavailable";
    public const string LowConfidence = "low-confidence";
    public const string Heuristic = "heuristic";
    public const string UnverifiedQuote = "unverified-quote";
    public const string Failed = "failed";
    public const string LevelWithoutEvidence = "level-without-evidence";

    /// <summary>Kinds that concern the document itself and belong in the report's opening banner.</summary>
    public static readonly IReadOnlySet<string> DocumentKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        HiddenText, PromptInjection, MetadataText, Ocr, OcrUnavailable,
    };
}
