using System.Text.Json;
using Grader.Pipeline.Calibration.Gates;
using Grader.Pipeline.Calibration.Quality;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Calibration.Profiles;

/// <summary>
/// Reads and writes the calibration profile of a rubric version (<see cref="CalibrationProfile"/>), and tells the review
/// which compétences failed their gate. Profiles are small files read rarely; they are re-read when they change on disk.
/// </summary>
public sealed class CalibrationProfileStore
{
    public const string FolderName = "calibration";

    public static string PathFor(string rubricFolder, string version) => Path.Combine(rubricFolder, FolderName, version + ".json");

    public static string PathFor(Rubric rubric) => PathFor(RubricFolders.Of(rubric), rubric.Version);

    /// <summary>The profile at <paramref name="path"/>, or null when there is none.</summary>
    public static CalibrationProfile? ReadFile(string path, bool required = false)
    {
        if (!File.Exists(path))
        {
            return required
                ? throw new CalibrationProfileException("profile-not-found", $"Profil de calibration introuvable : « {path} » n’existe pas.")
                : null;
        }

        try
        {
            return JsonSerializer.Deserialize<CalibrationProfile>(File.ReadAllText(path), QualityReportJson.Options)
                ?? throw new CalibrationProfileException("invalid-profile", $"Le profil de calibration « {path} » est vide.");
        }
        catch (JsonException ex)
        {
            throw new CalibrationProfileException("invalid-profile", $"Le profil de calibration « {path} » n’est pas lisible : {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new CalibrationProfileException("unreadable-profile", $"Impossible de lire le profil de calibration « {path} » : {ex.Message}", ex);
        }
    }

    public static void WriteFile(string path, CalibrationProfile profile)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(profile, QualityReportJson.Options) + Environment.NewLine);
    }

    /// <summary>The rubric version's profile, or a new empty one for it; the part not being saved is kept.</summary>
    public static CalibrationProfile Open(Rubric rubric) =>
        ReadFile(PathFor(rubric)) is { } existing && existing.RubricFingerprint == RubricFingerprint.Compute(rubric)
            ? existing
            : new CalibrationProfile { RubricId = rubric.Id, RubricVersion = rubric.Version, RubricFingerprint = RubricFingerprint.Compute(rubric) };

    /// <summary>
    /// The compétences whose last saved gate failed, by compétence id, with the French reason; empty when the rubric version
    /// has no profile, when the profile was measured on another rubric content, or when the file is unreadable (the review
    /// must open whatever happens to a calibration file).
    /// </summary>
    public IReadOnlyDictionary<string, CompetenceWatch> Watches(Rubric rubric)
    {
        CalibrationProfile? profile;
        try
        {
            profile = ReadFile(PathFor(rubric));
        }
        catch (CalibrationProfileException)
        {
            return new Dictionary<string, CompetenceWatch>();
        }

        if (profile?.Gates is not { } gates || profile.RubricFingerprint != RubricFingerprint.Compute(rubric))
        {
            return new Dictionary<string, CompetenceWatch>();
        }

        return gates.Criteria
            .Where(g => g.Status == GateStatus.Failed)
            .ToDictionary(
                g => g.CompetenceId,
                g => new CompetenceWatch(
                    CompetenceWatch.WatchStatus,
                    FrenchFigures.Typeset($"Seuil d’accord non atteint lors de la calibration du {gates.CreatedAt:dd/MM/yyyy} (jeu « {gates.Set} », {gates.Configuration}) : ")
                    + string.Join(" ", g.Reasons)),
                StringComparer.OrdinalIgnoreCase);
    }
}
