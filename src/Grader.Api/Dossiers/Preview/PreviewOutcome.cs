namespace Grader.Api.Dossiers.Preview;

/// <summary>The preview of a file, or why the pipeline's parser could not read it (a stable code and a French detail).</summary>
internal sealed record PreviewOutcome(DocumentPreviewDto? Preview, string? Code, string? Detail)
{
    public static PreviewOutcome Success(DocumentPreviewDto preview) => new(preview, null, null);

    public static PreviewOutcome Failure(string code, string detail) => new(null, code, detail);
}
