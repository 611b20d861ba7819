namespace Grader.Pipeline.Rubrics;

/// <summary>
/// <c>rubric.lock</c> beside <c>rubric.yaml</c>: one line per published version, « version sha256:… ».
/// It makes « any edit bumps the version » checkable: content that changed under an already-recorded
/// version is an error, and a new version must be recorded (<c>grader rubric lock</c>) before use.
/// A rubric folder without a lock file is a draft and is not checked.
/// </summary>
public static class RubricVersionLock
{
    public const string FileName = "rubric.lock";

    public static IReadOnlyDictionary<string, string> Read(string folder)
    {
        var path = System.IO.Path.Combine(folder, FileName);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return entries;
        }

        foreach (var line in File.ReadAllLines(path))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var parts = trimmed.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length == 2)
            {
                entries[parts[0]] = parts[1];
            }
        }

        return entries;
    }

    /// <summary>The problem with this rubric's version, or null when its version matches its content.</summary>
    public static RubricProblem? Check(Rubric rubric)
    {
        var lockPath = System.IO.Path.Combine(rubric.Path, FileName);
        if (!File.Exists(lockPath))
        {
            return null;
        }

        var entries = Read(rubric.Path);
        var fingerprint = RubricFingerprint.Compute(rubric);
        if (!entries.TryGetValue(rubric.Version, out var recorded))
        {
            return new RubricProblem(FileName, 0,
                $"la version {rubric.Version} n’est pas enregistrée : enregistrez-la avec « grader rubric lock » une fois le référentiel relu.");
        }

        return recorded == fingerprint
            ? null
            : new RubricProblem(FileName, 0,
                $"le contenu du référentiel a changé depuis l’enregistrement de la version {rubric.Version} : "
                + "augmentez « version » dans rubric.yaml, puis enregistrez la nouvelle version avec « grader rubric lock ».");
    }

    /// <summary>Records the rubric's version; refuses to overwrite a version recorded with other content.</summary>
    public static void Record(Rubric rubric)
    {
        var entries = Read(rubric.Path);
        var fingerprint = RubricFingerprint.Compute(rubric);
        if (entries.TryGetValue(rubric.Version, out var recorded) && recorded != fingerprint)
        {
            throw new RubricException("version-already-recorded",
                $"La version {rubric.Version} est déjà enregistrée avec un autre contenu : augmentez « version » dans rubric.yaml avant de l’enregistrer.");
        }

        if (recorded == fingerprint)
        {
            return;
        }

        var path = System.IO.Path.Combine(rubric.Path, FileName);
        if (!File.Exists(path))
        {
            File.WriteAllText(path, "# Versions publiées de ce référentiel et empreinte de leur contenu (grader rubric lock).\n");
        }

        File.AppendAllText(path, $"{rubric.Version} {fingerprint}\n");
    }
}
