namespace Grader.Api.Dossiers;

/// <summary>Configuration section <c>Grader:Upload</c>: what one upload may carry.</summary>
public sealed class UploadOptions
{
    public const string SectionName = "Grader:Upload";

    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    public int MaxFiles { get; set; } = 10;

    /// <summary>The whole multipart request, files and fields together.</summary>
    public long MaxRequestBytes { get; set; } = 200L * 1024 * 1024;
}
