namespace Grader.Api.DataRights;

/// <summary>
/// Where the dossiers' files live on disk: <c>Grader:Storage:Directory</c>, relative paths starting at the content
/// root, <c>data/files</c> by default — the same rule as the file store that writes them, so that export and erasure
/// reach the very bytes that were uploaded. <c>DossierFile.StoragePath</c> is relative to this folder.
/// </summary>
public sealed class FileStoreLocation
{
    public const string ConfigurationKey = "Grader:Storage:Directory";
    public const string DefaultDirectory = "data/files";

    public FileStoreLocation(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[ConfigurationKey];
        Root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, string.IsNullOrWhiteSpace(configured) ? DefaultDirectory : configured));
    }

    public string Root { get; }

    /// <summary>
    /// The absolute path of a stored file, or null when the recorded path would leave the store (a corrupt or forged
    /// row must never make the service read or delete something else).
    /// </summary>
    public string? Resolve(string storagePath)
    {
        if (string.IsNullOrWhiteSpace(storagePath) || Path.IsPathRooted(storagePath))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(Root, storagePath));
        return IsBelowRoot(full) ? full : null;
    }

    /// <summary>Strictly inside the store: the store's own folder is never a dossier's folder.</summary>
    public bool IsBelowRoot(string fullPath) =>
        fullPath.StartsWith(Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
