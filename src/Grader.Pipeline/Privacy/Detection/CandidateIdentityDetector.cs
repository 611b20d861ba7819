using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Grader.Pipeline.Privacy.Detection;

/// <summary>
/// The identity given at upload: the full name and each of its parts of three letters or more, in any case and
/// with or without accents (a run of parts, « DURAND Camille », is one match); the student number; the e-mail.
/// Matching runs on a folded copy of the text that has the same length, so offsets carry over unchanged.
/// </summary>
public sealed class CandidateIdentityDetector : IPersonalDataDetector
{
    private const int MinimumPartLength = 3;

    private readonly Regex? _name;
    private readonly Regex? _studentNumber;
    private readonly Regex? _email;

    public CandidateIdentityDetector(CandidateIdentity identity)
    {
        var parts = NameParts(identity.FullName);
        if (parts.Count > 0)
        {
            var alternatives = string.Join('|', parts.OrderByDescending(p => p.Length).Select(Regex.Escape));
            _name = new Regex(
                $@"(?<!\p{{L}})(?:{alternatives})(?:[\s\u00A0\-]+(?:{alternatives}))*(?!\p{{L}})",
                RegexOptions.CultureInvariant);
        }

        if (!string.IsNullOrWhiteSpace(identity.StudentNumber))
        {
            _studentNumber = new Regex($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(Fold(identity.StudentNumber.Trim()))}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant);
        }

        if (!string.IsNullOrWhiteSpace(identity.Email))
        {
            _email = new Regex($@"(?<![\p{{L}}\p{{N}}._%+\-]){Regex.Escape(Fold(identity.Email.Trim()))}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant);
        }
    }

    public IEnumerable<PersonalDataMatch> Find(string text)
    {
        var folded = Fold(text);
        var matches = new List<PersonalDataMatch>();
        if (_name is not null)
        {
            matches.AddRange(_name.Matches(folded).Select(m => new PersonalDataMatch(m.Index, m.Length, PersonalDataKind.CandidateName, "candidate")));
        }

        if (_studentNumber is not null)
        {
            matches.AddRange(_studentNumber.Matches(folded).Select(m => new PersonalDataMatch(m.Index, m.Length, PersonalDataKind.StudentNumber, "student-number")));
        }

        if (_email is not null)
        {
            matches.AddRange(_email.Matches(folded).Select(m => new PersonalDataMatch(m.Index, m.Length, PersonalDataKind.Email, m.Value)));
        }

        return matches;
    }

    /// <summary>The full name, its hyphenated compounds and their pieces, folded; pieces under three letters are left out.</summary>
    private static List<string> NameParts(string? fullName)
    {
        if (string.IsNullOrWhiteSpace(fullName))
        {
            return [];
        }

        var words = fullName.Split([' ', '\u00A0', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var pieces = words.SelectMany(w => w.Split(['-', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries));
        return words.Concat(pieces)
            .Select(p => Fold(p.Trim('.', ',', '\'', '’')))
            .Where(p => p.Count(char.IsLetter) >= MinimumPartLength)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Lower case without accents, one character for one: offsets in the folded text are offsets in the original.</summary>
    internal static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(FoldChar(c));
        }

        return builder.ToString();
    }

    private static char FoldChar(char c)
    {
        if (c < 0x80)
        {
            return char.ToLowerInvariant(c);
        }

        if (c is '\u2019' or '\u2018')
        {
            return '\'';
        }

        var decomposed = char.ToLowerInvariant(c).ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark
            ? decomposed[0]
            : char.ToLowerInvariant(c);
    }
}
