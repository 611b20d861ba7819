using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Grader.Api.Processing;

/// <summary>
/// Keeps dossier files on disk, one folder per dossier. A file is written under a temporary name, flushed to the disk,
/// then renamed: a crash leaves at worst a stray temporary file, never a half-written dossier file under its real name.
/// </summary>
public sealed class DossierFileStore
{
    private const string TemporaryPrefix = ".upload-";

    public DossierFileStore(IOptions<StorageOptions> options, IHostEnvironment environment)
    {
        Root = Path.GetFullPath(options.Value.Directory, environment.ContentRootPath);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public async Task<StoredFile> SaveAsync(Guid dossierId, string clientName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Root, dossierId.ToString("N"));
        Directory.CreateDirectory(folder);
        var name = UniqueName(folder, FileNameSanitizer.Sanitize(clientName));
        var temporary = Path.Combine(folder, TemporaryPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(content, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, Path.Combine(folder, name), overwrite: false);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }

        return new StoredFile(name, Path.Combine(dossierId.ToString("N"), name), Convert.ToHexStringLower(SHA256.HashData(content.Span)), content.Length);
    }

    /// <summary>The absolute path of a stored file; refuses a path that would leave the store.</summary>
    public string FullPathOf(string storagePath)
    {
        var full = Path.GetFullPath(storagePath, Root);
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Stored path '{storagePath}' is outside the file store.");
        }

        return full;
    }

    public async Task<string> HashAsync(string storagePath, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(FullPathOf(storagePath));
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    /// <summary>Removes a dossier's folder, e.g. when its upload was refused after some files were written.</summary>
    public void DeleteDossier(Guid dossierId)
    {
        var folder = Path.Combine(Root, dossierId.ToString("N"));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Two files of one dossier may carry the same name (from two folders of the candidate's disk): keep both.
    private static string UniqueName(string folder, string name)
    {
        var candidate = name;
        for (var i = 2; File.Exists(Path.Combine(folder, candidate)); i++)
        {
            candidate = $"{Path.GetFileNameWithoutExtension(name)} ({i}){Path.GetExtension(name)}";
        }

        return candidate;
    }
}
