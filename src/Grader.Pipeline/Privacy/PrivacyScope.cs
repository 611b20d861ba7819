namespace Grader.Pipeline.Privacy;

/// <summary>
/// The placeholder mapping of one dossier: the same value always gets the same placeholder, and the juror's view
/// gets the values back. It lives in memory for one evaluation and is never stored with prompts or outputs
/// (nothing here serialises it). Thread-safe: the criteria of an épreuve are evaluated concurrently.
/// </summary>
public sealed class PrivacyScope
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(PersonalDataKind Kind, string Key), string> _placeholders = [];
    private readonly Dictionary<string, string> _originals = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<PersonalDataKind, int> _counters = [];

    public PrivacyScope(CandidateIdentity identity)
    {
        Identity = identity;
        // The given e-mail is the candidate's own: it is always the first.
        if (!string.IsNullOrWhiteSpace(identity.Email))
        {
            PlaceholderFor(PersonalDataKind.Email, identity.Email.Trim().ToLowerInvariant(), identity.Email.Trim());
        }
    }

    public CandidateIdentity Identity { get; }

    /// <summary>How many distinct values have been replaced so far.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _originals.Count;
            }
        }
    }

    /// <summary>The placeholder for a value (by its canonical key); <paramref name="original"/> is what restoring gives back.</summary>
    public string PlaceholderFor(PersonalDataKind kind, string key, string original)
    {
        lock (_gate)
        {
            if (_placeholders.TryGetValue((kind, key), out var existing))
            {
                return existing;
            }

            var number = _counters.GetValueOrDefault(kind) + 1;
            _counters[kind] = number;
            var placeholder = Placeholders.Numbered(kind, number);
            _placeholders[(kind, key)] = placeholder;
            // The candidate's full name as given at upload is what « [CANDIDAT] » restores to, whichever part was replaced.
            _originals.TryAdd(placeholder, kind == PersonalDataKind.CandidateName ? Identity.FullName?.Trim() ?? original : original);
            return placeholder;
        }
    }

    /// <summary>The value a placeholder stands for; null when this scope never issued it.</summary>
    public string? Restore(string placeholder)
    {
        lock (_gate)
        {
            return _originals.GetValueOrDefault(placeholder);
        }
    }

    public override string ToString() => $"PrivacyScope {{ {Count} valeur(s) remplacée(s) }}";
}
