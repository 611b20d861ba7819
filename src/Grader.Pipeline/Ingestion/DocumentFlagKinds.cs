namespace Grader.Pipeline.Ingestion;

/// <summary>The kebab-case flag kinds of the evaluate contract that the ingestion stage raises.</summary>
public static class DocumentFlagKinds
{
    public const string HiddenText = "hidden-text";
    public const string PromptInjection = "prompt-injection";
    public const string MetadataText = "metadata-text";
    public const string Ocr = "ocr";
}
