namespace Grader.Api.DataRights;

/// <summary>One stored file of a dossier being erased.</summary>
/// <param name="SharedWithOthers">Another candidate's file row points at the same bytes (a store that deduplicates): keep them.</param>
internal sealed record StoredFileRef(Guid DossierId, string StoragePath, bool SharedWithOthers);

/// <summary>
/// Deletes a candidate's files from the file store, then the dossiers' own folders (a folder named after the dossier,
/// at the store's root or on the way to one of its files), which also takes whatever the store derived from them.
/// Files already gone are not an error, so that an interrupted erasure can be run again.
/// </summary>
internal sealed class StoredFileEraser(FileStoreLocation store, ILogger<StoredFileEraser> logger)
{
    /// <returns>How many files were actually deleted from disk.</returns>
    public int Erase(IReadOnlyCollection<Guid> dossierIds, IReadOnlyCollection<StoredFileRef> files)
    {
        var deleted = 0;
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var path = store.Resolve(file.StoragePath);
            if (path is null)
            {
                logger.LogWarning("Stored path of a file of dossier {DossierId} leaves the file store; skipped.", file.DossierId);
                continue;
            }

            if (!file.SharedWithOthers && File.Exists(path))
            {
                File.Delete(path);
                deleted++;
            }

            if (DossierFolderOf(path, file.DossierId) is { } folder)
            {
                folders.Add(folder);
            }
        }

        foreach (var dossierId in dossierIds)
        {
            folders.Add(Path.Combine(store.Root, dossierId.ToString("D")));
            folders.Add(Path.Combine(store.Root, dossierId.ToString("N")));
        }

        foreach (var folder in folders.Where(Directory.Exists))
        {
            deleted += Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count(f => !IsShared(f, files));
            DeleteFolder(folder, files);
        }

        return deleted;
    }

    // The nearest folder below the store's root named after the dossier, if the file sits in one.
    private string? DossierFolderOf(string filePath, Guid dossierId)
    {
        var names = new[] { dossierId.ToString("D"), dossierId.ToString("N") };
        for (var folder = Path.GetDirectoryName(filePath); folder is not null && store.IsBelowRoot(folder); folder = Path.GetDirectoryName(folder))
        {
            if (names.Contains(Path.GetFileName(folder), StringComparer.OrdinalIgnoreCase))
            {
                return folder;
            }
        }

        return null;
    }

    private bool IsShared(string fullPath, IReadOnlyCollection<StoredFileRef> files) =>
        files.Any(f => f.SharedWithOthers && store.Resolve(f.StoragePath) == fullPath);

    private void DeleteFolder(string folder, IReadOnlyCollection<StoredFileRef> files)
    {
        if (files.Any(f => f.SharedWithOthers && store.Resolve(f.StoragePath) is { } p && p.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            // Bytes another candidate still needs live here: delete around them, keep the folder.
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => !IsShared(f, files)).ToList())
            {
                File.Delete(file);
            }

            return;
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Gone meanwhile (another run of the same erasure): what we wanted.
        }
    }
}
