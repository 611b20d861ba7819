namespace Grader.Api.Processing;

/// <summary>Configuration section <c>Grader:Storage</c>: where dossier files are kept.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Grader:Storage";

    /// <summary>Folder of the stored files, one sub-folder per dossier; relative paths start at the service's content root.</summary>
    public string Directory { get; set; } = "data/files";
}
