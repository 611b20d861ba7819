using System.Collections.Concurrent;
using Grader.Persistence.Entities;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Editing;
using Grader.Pipeline.Rubrics.Loading;
using Microsoft.Extensions.Options;

namespace Grader.Api.Rubrics;

/// <summary>Loads rubrics from disk once and keeps them, with their look-up index, until a new version is published.</summary>
public sealed class RubricStore(IOptions<RubricsOptions> options, ILogger<RubricStore> logger)
{
    private readonly ConcurrentDictionary<string, Lazy<RubricIndex>> _loaded = new(StringComparer.Ordinal);
    // Archived versions never change once written: loaded once, kept (a handful per rubric).
    private readonly ConcurrentDictionary<(string Id, string Version), Lazy<RubricIndex>> _archived = new();
    private readonly Lazy<string> _root = new(() => RubricLocator.FindRubricsRoot(options.Value.Path));

    public string DefaultRubricId => options.Value.DefaultRubric;

    /// <summary>The folder holding one sub-folder per rubric.</summary>
    public string Root => _root.Value;

    public IReadOnlyList<string> ListIds() =>
        Directory.GetDirectories(_root.Value)
            .Where(d => File.Exists(Path.Combine(d, RubricLoader.ManifestFileName)))
            .Select(d => Path.GetFileName(d))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The rubric and its index; throws a French <see cref="RubricException"/> when unknown or invalid.</summary>
    public RubricIndex Get(string id)
    {
        if (!ListIds().Contains(id, StringComparer.Ordinal))
        {
            throw new RubricException("rubric-not-found", $"Aucun référentiel « {id} ». Référentiels disponibles : {string.Join(", ", ListIds())}.");
        }

        return _loaded.GetOrAdd(id, key => new Lazy<RubricIndex>(() => new RubricIndex(RubricLoader.LoadValid(Path.Combine(_root.Value, key))))).Value;
    }

    /// <summary>
    /// The référentiel a session works with: the version it recorded, so that every candidate of a session is evaluated
    /// and reviewed against the same text even after the pedagogical team publishes a newer one (read from its archive,
    /// <c>versions/&lt;version&gt;/</c>). A version published before archives existed has no copy: the version in force
    /// is used then, and the pre-assessment records which one it was.
    /// </summary>
    public RubricIndex ForSession(CertificationSession session)
    {
        var current = Get(session.RubricId);
        if (string.Equals(current.Rubric.Version, session.RubricVersion, StringComparison.Ordinal))
        {
            return current;
        }

        var archive = RubricArchive.FolderOf(Path.Combine(Root, session.RubricId), session.RubricVersion);
        if (!File.Exists(Path.Combine(archive, RubricLoader.ManifestFileName)))
        {
            logger.LogWarning("Session {SessionId} records rubric {RubricId} version {Version}, which has no archived copy; the version in force ({Current}) is used",
                session.Id, session.RubricId, session.RubricVersion, current.Rubric.Version);
            return current;
        }

        return _archived.GetOrAdd((session.RubricId, session.RubricVersion),
            key => new Lazy<RubricIndex>(() => new RubricIndex(RubricLoader.LoadValid(archive)))).Value;
    }

    /// <summary>Forgets the loaded copy after a new version was published: the next reader (and evaluation) loads the new one.</summary>
    public void Invalidate(string id) => _loaded.TryRemove(id, out _);
}
