using System.Globalization;
using Grader.Api.Audit;
using Grader.Api.Review;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Guidelines;
using Microsoft.Extensions.Options;

namespace Grader.Api.Rubrics;

/// <summary>
/// The guidelines versions of each rubric, under <see cref="GuidelinesOptions.Directory"/> (default: beside the
/// rubric). Reading takes the highest version; publishing writes the next minor version as a new file and never
/// rewrites an existing one, so every pre-assessment's recorded version can be read again.
/// </summary>
public sealed class GuidelinesStore(RubricStore rubrics, IOptions<GuidelinesOptions> options, IAuditTrail audit, ILogger<GuidelinesStore> logger) : IDisposable
{
    public const string ChangedAction = "guidelines.changed";

    // Two pedagogues publishing at once must not both compute the same next version.
    private readonly SemaphoreSlim _publishing = new(1, 1);

    public void Dispose() => _publishing.Dispose();

    public string FolderOf(string rubricId) =>
        Path.Combine(string.IsNullOrWhiteSpace(options.Value.Directory) ? rubrics.Root : options.Value.Directory, rubricId, GuidelinesLoader.FolderName);

    /// <summary>The version in force (none when the rubric has none); throws a French <see cref="RubricException"/> when it is invalid.</summary>
    public GuidelineSet Current(string rubricId) => GuidelinesLoader.LoadLatestValid(FolderOf(rubricId), rubrics.Get(rubricId));

    public GuidelinesDto Read(string rubricId)
    {
        var index = rubrics.Get(rubricId);
        var set = GuidelinesLoader.LoadLatestValid(FolderOf(rubricId), index);
        return ToDto(set, index, GuidelinesLoader.Versions(FolderOf(rubricId)).Select(v => v.Version.ToString()).ToList());
    }

    public async Task<Outcome<GuidelinesDto>> PublishAsync(string rubricId, GuidelinesUpdateRequest request, string actor, CancellationToken cancellationToken)
    {
        var index = rubrics.Get(rubricId);
        var folder = FolderOf(rubricId);
        await _publishing.WaitAsync(cancellationToken);
        try
        {
            var versions = GuidelinesLoader.Versions(folder);
            var latest = versions.Count == 0 ? (GuidelinesVersion?)null : versions[^1].Version;
            if (!string.Equals(request.BaseVersion?.Trim() ?? "", latest?.ToString() ?? "", StringComparison.Ordinal))
            {
                return Outcome.Failure<GuidelinesDto>(WorkflowProblem.Conflict(
                    "guidelines-changed",
                    latest is null
                        ? "Aucune version des consignes n’existe encore : laissez « baseVersion » vide pour publier la première."
                        : $"Les consignes ont été modifiées entre-temps : la version en vigueur est la {latest}. Relisez-la avant de publier la vôtre.",
                    new Dictionary<string, object?> { ["currentVersion"] = latest?.ToString() }));
            }

            var next = latest?.NextMinor() ?? GuidelinesVersion.First;
            var (set, problems) = GuidelinesValidator.Validate(FromRequest(rubricId, next.ToString(), request), index, new SourceLocation("consignes", 0));
            if (problems.Count > 0)
            {
                return Outcome.Failure<GuidelinesDto>(WorkflowProblem.Invalid(
                    "invalid-guidelines",
                    $"Les consignes contiennent {problems.Count} erreur{(problems.Count > 1 ? "s" : "")} : " + string.Join(" ; ", problems.Select(p => p.ToString())),
                    new Dictionary<string, object?> { ["errors"] = problems.Select(p => p.ToString()).ToList() }));
            }

            var before = latest is null ? null : GuidelinesLoader.Load(versions[^1].Path, index).Set;
            var path = Path.Combine(folder, next + GuidelinesLoader.Extension);
            if (Write(path, set, actor) is { } refused)
            {
                return Outcome.Failure<GuidelinesDto>(refused);
            }

            var written = GuidelinesLoader.Load(path, index);
            if (!written.IsValid)
            {
                File.Delete(path);
                throw new InvalidOperationException("The guidelines file just written does not read back: " + string.Join("; ", written.Problems));
            }

            await audit.AppendAsync(new AuditRecord(
                actor, ChangedAction, "guidelines", rubricId,
                Before: before is null ? null : Summary(before),
                After: Summary(written.Set!)), cancellationToken);
            return Outcome.Success(ToDto(written.Set!, index, [.. versions.Select(v => v.Version.ToString()), next.ToString()]));
        }
        finally
        {
            _publishing.Release();
        }
    }

    private WorkflowProblem? Write(string path, GuidelineSet set, string actor)
    {
        var comment = string.Create(CultureInfo.InvariantCulture,
            $"Consignes de correction et exemples d’ancrage, version {set.Version}, publiées le {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC par le compte {actor}.\nConfidentielles : jamais montrées aux candidats. Ne pas modifier : publiez une nouvelle version.");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(GuidelinesYamlWriter.Write(set, comment));
            return null;
        }
        catch (IOException) when (File.Exists(path))
        {
            return WorkflowProblem.Conflict("guidelines-version-exists", $"La version {set.Version} des consignes existe déjà : relisez la version en vigueur avant de publier.");
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            logger.LogWarning(exception, "Guidelines folder {Folder} is not writable", Path.GetDirectoryName(path));
            return WorkflowProblem.Conflict(
                "guidelines-read-only",
                "Le dossier des consignes n’est pas accessible en écriture sur ce serveur (installation en lecture seule) : "
                + "l’administrateur doit indiquer un dossier modifiable avec le réglage Grader:Guidelines:Directory.");
        }
    }

    private static GuidelineSet FromRequest(string rubricId, string version, GuidelinesUpdateRequest request) => new(
        rubricId,
        version,
        (request.Competences ?? []).Select((c, i) => new CompetenceGuidance(
            c.Competence?.Trim() ?? "",
            "",
            string.IsNullOrWhiteSpace(c.Guidelines) ? null : c.Guidelines.Trim(),
            (c.Anchors ?? []).Select((a, j) => new AnchorExample(
                a.Level ?? int.MinValue, a.Excerpt?.Trim() ?? "", string.IsNullOrWhiteSpace(a.Note) ? null : a.Note.Trim(),
                new SourceLocation(string.Create(CultureInfo.InvariantCulture, $"competences[{i}].anchors[{j}]"), 0))).ToList(),
            new SourceLocation(string.Create(CultureInfo.InvariantCulture, $"competences[{i}]"), 0))).ToList());

    private static object Summary(GuidelineSet set) => new
    {
        version = set.Version,
        fingerprint = GuidelinesFingerprint.Compute(set),
        competences = set.Competences.Select(c => c.CompetenceId).ToList(),
        anchors = set.Competences.Sum(c => c.Anchors.Count),
    };

    private static GuidelinesDto ToDto(GuidelineSet set, RubricIndex index, IReadOnlyList<string> versions) => new(
        set.RubricId,
        set.Version.Length == 0 ? null : set.Version,
        set.Version.Length == 0 ? null : GuidelinesFingerprint.Compute(set),
        versions,
        set.Competences.Select(c => new CompetenceGuidanceDto(
            c.Competence,
            c.CompetenceId,
            index.FindCompetence(c.CompetenceId)?.Competence.SourceCode ?? c.Competence,
            c.Guidelines,
            c.Anchors.Select(a => new AnchorDto(a.Level, index.Rubric.Scale.Find(a.Level)?.Label, a.Excerpt, a.Note)).ToList())).ToList());
}
