using Grader.Pipeline.Rubrics.Guidelines;
using Grader.Pipeline.Rubrics.Loading;
using YamlDotNet.RepresentationModel;

namespace Grader.Pipeline.Rubrics.Editing;

/// <summary>A new version of a rubric written to its folder: what it was, what it is now.</summary>
public sealed record RubricRevision(Rubric Previous, Rubric Published, string PreviousFingerprint, string Fingerprint, string ArchiveFolder);

/// <summary>
/// Publishes a new minor version of a rubric whose one bloc file was edited, as the README's manual process does: bump
/// <c>version</c>, record the new fingerprint in <c>rubric.lock</c>, keep a copy of the previous version. The caller
/// serialises publications of a rubric. The order of the writes means the folder is never readable as a wrong rubric:
/// the edited content is first checked in a staging copy; the lock line comes first (harmless for the version in force);
/// then the bloc file (the folder now fails its lock check until the next step: unusable, never wrong); then the manifest
/// with the new version. Any failure restores the three files.
/// </summary>
public static class RubricRevisionWriter
{
    public static RubricRevision PublishEditedBloc(Rubric current, Func<string, string?> edit)
    {
        var folder = RubricFolders.Of(current);
        if (!GuidelinesVersion.TryParse(current.Version, out var version))
        {
            throw new RubricException("unversioned-rubric",
                $"La version « {current.Version} » du référentiel n’est pas un numéro sémantique (1.2.0) : publiez cette modification à la main (voir rubrics/README.md).");
        }

        var next = version.NextMinor().ToString();
        var manifestPath = Path.Combine(folder, RubricLoader.ManifestFileName);
        var lockPath = Path.Combine(folder, RubricVersionLock.FileName);
        var manifest = File.ReadAllText(manifestPath);
        var blocFiles = BlocFiles(manifest);
        var originals = blocFiles.ToDictionary(name => name, name => File.ReadAllText(Path.Combine(folder, name)), StringComparer.Ordinal);
        var (blocFile, blocText) = originals.Select(pair => (pair.Key, Edited: edit(pair.Value))).FirstOrDefault(pair => pair.Edited is not null);
        if (blocFile is null || blocText is null)
        {
            throw new InvalidOperationException("No bloc file of the rubric was edited.");
        }

        var newManifest = ManifestVersionEditor.SetVersion(manifest, next);
        var published = LoadStaged(newManifest, originals.ToDictionary(p => p.Key, p => p.Key == blocFile ? blocText : p.Value, StringComparer.Ordinal));
        var fingerprint = RubricFingerprint.Compute(published);
        var previousFingerprint = RubricFingerprint.Compute(current);
        var lockText = File.Exists(lockPath) ? File.ReadAllText(lockPath) : null;
        var recorded = RubricVersionLock.Read(folder);
        if (recorded.ContainsKey(next))
        {
            throw new RubricException("version-already-recorded",
                $"La version {next} est déjà enregistrée dans rubric.lock sans être en vigueur : un administrateur doit vérifier le dossier du référentiel.");
        }

        var archive = RubricArchive.Archive(folder, current.Version, [RubricLoader.ManifestFileName, RubricVersionLock.FileName, .. blocFiles]);
        var newLock = (lockText ?? "# Versions publiées de ce référentiel et empreinte de leur contenu (grader rubric lock).\n"
                + $"{current.Version} {previousFingerprint}\n")
            .TrimEnd('\n') + "\n" + $"{next} {fingerprint}\n";
        try
        {
            AtomicFile.WriteAllText(lockPath, newLock);
            AtomicFile.WriteAllText(Path.Combine(folder, blocFile), blocText);
            AtomicFile.WriteAllText(manifestPath, newManifest);
            var reloaded = RubricLoader.Load(folder);
            if (!reloaded.IsValid || reloaded.Rubric!.Version != next)
            {
                throw RubricException.Invalid(reloaded.Problems);
            }

            return new RubricRevision(current, reloaded.Rubric, previousFingerprint, fingerprint, archive);
        }
        catch
        {
            AtomicFile.WriteAllText(manifestPath, manifest);
            AtomicFile.WriteAllText(Path.Combine(folder, blocFile), originals[blocFile]);
            if (lockText is null)
            {
                File.Delete(lockPath);
            }
            else
            {
                AtomicFile.WriteAllText(lockPath, lockText);
            }

            throw;
        }
    }

    /// <summary>The bloc files a manifest lists, in order.</summary>
    public static IReadOnlyList<string> BlocFiles(string manifest)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(manifest));
        return stream.Documents.Count > 0
            && stream.Documents[0].RootNode is YamlMappingNode root
            && root.Children.TryGetValue(new YamlScalarNode("blocs"), out var node)
            && node is YamlSequenceNode sequence
                ? sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value!).ToList()
                : [];
    }

    // The new content is loaded from a temporary copy without a lock (a draft, so its version is not checked yet): an edit
    // that would make the rubric invalid is refused before the real folder is touched.
    private static Rubric LoadStaged(string manifest, IReadOnlyDictionary<string, string> blocs)
    {
        var staging = Directory.CreateTempSubdirectory("grader-rubric-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(staging, RubricLoader.ManifestFileName), manifest);
            foreach (var (name, text) in blocs)
            {
                var path = Path.Combine(staging, name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
            }

            return RubricLoader.LoadValid(staging);
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }
}
