namespace Grader.Pipeline.Rubrics.Editing;

/// <summary>
/// Copies of the published versions a rubric folder has left behind, in <c>versions/&lt;version&gt;/</c> (manifest, bloc
/// files and the lock as they were), so that a pre-assessment that recorded an older version can still be read against
/// the exact référentiel it used (<c>grader rubric validate rubrics/&lt;id&gt;/versions/1.1.0</c> checks such a copy).
/// The loader reads only the bloc files its manifest lists, so these copies are never mistaken for the rubric in force.
/// </summary>
public static class RubricArchive
{
    public const string FolderName = "versions";

    public static string FolderOf(string rubricFolder, string version) => Path.Combine(rubricFolder, FolderName, version);

    /// <summary>Archives the files of the version in force; a copy already there (an earlier interrupted publication) is kept.</summary>
    public static string Archive(string rubricFolder, string version, IEnumerable<string> fileNames)
    {
        var target = FolderOf(rubricFolder, version);
        if (Directory.Exists(target))
        {
            return target;
        }

        var parent = Path.Combine(rubricFolder, FolderName);
        Directory.CreateDirectory(parent);
        // Built aside then renamed: the archive appears whole or not at all.
        var staging = Path.Combine(parent, "." + version + ".tmp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        try
        {
            foreach (var name in fileNames)
            {
                var source = Path.Combine(rubricFolder, name);
                if (File.Exists(source))
                {
                    var copy = Path.Combine(staging, name);
                    Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                    File.Copy(source, copy);
                }
            }

            Directory.Move(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        return target;
    }
}
