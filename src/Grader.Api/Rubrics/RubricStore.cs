using System.Collections.Concurrent;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Loading;
using Microsoft.Extensions.Options;

namespace Grader.Api.Rubrics;

/// <summary>Loads rubrics from disk once and keeps them, with their look-up index, until a new version is published.</summary>
public sealed class RubricStore(IOptions<RubricsOptions> options)
{
    private readonly ConcurrentDictionary<string, Lazy<RubricIndex>> _loaded = new(StringComparer.Ordinal);
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

    /// <summary>Forgets the loaded copy after a new version was published: the next reader (and evaluation) loads the new one.</summary>
    public void Invalidate(string id) => _loaded.TryRemove(id, out _);
}
