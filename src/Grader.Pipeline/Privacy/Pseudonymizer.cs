using System.Text;
using Grader.Pipeline.Privacy.Detection;

namespace Grader.Pipeline.Privacy;

/// <summary>
/// Replaces personal data by the scope's placeholders before any text goes to a model provider, and restores
/// it in what the juror sees. Overlapping detections are resolved by keeping the one that starts first, then
/// the longest (an e-mail wins over the name inside it, an address over its postcode).
/// </summary>
public sealed class Pseudonymizer
{
    private static readonly IPersonalDataDetector[] Common =
    [
        new EmailDetector(),
        new IbanDetector(),
        new PhoneDetector(),
        new PostalAddressDetector(),
    ];

    private readonly PrivacyScope _scope;
    private readonly IPersonalDataDetector[] _detectors;

    public Pseudonymizer(PrivacyScope scope)
    {
        _scope = scope;
        _detectors = [new CandidateIdentityDetector(scope.Identity), .. Common];
    }

    public PrivacyScope Scope => _scope;

    public string Pseudonymize(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var matches = _detectors.SelectMany(d => d.Find(text))
            .OrderBy(m => m.Start)
            .ThenByDescending(m => m.Length)
            .ToList();
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var match in matches)
        {
            if (match.Start < position)
            {
                continue;
            }

            builder.Append(text, position, match.Start - position);
            builder.Append(_scope.PlaceholderFor(match.Kind, match.Key, text.Substring(match.Start, match.Length)));
            position = match.End;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    /// <summary>Puts the original values back; placeholders this scope never issued are left as they are.</summary>
    public string Depseudonymize(string text) =>
        string.IsNullOrEmpty(text)
            ? text
            : Placeholders.Pattern().Replace(text, m => _scope.Restore(m.Value) ?? m.Value);
}
