using System.Numerics;
using System.Text.RegularExpressions;

namespace Grader.Pipeline.Privacy.Detection;

/// <summary>
/// IBANs, with or without spaces, kept only when their check digits are right (ISO 13616 mod 97), so that
/// a product reference or a long code in capitals is left alone. When the pattern runs into the next words
/// (« … 189 BIC AGRI… »), the longest valid prefix is kept.
/// </summary>
public sealed partial class IbanDetector : IPersonalDataDetector
{
    private const int MinimumLength = 15;
    private const int MaximumLength = 34;

    public IEnumerable<PersonalDataMatch> Find(string text)
    {
        foreach (Match match in Candidate().Matches(text))
        {
            // Offsets (in the text) of the IBAN's characters, spaces skipped.
            var positions = new List<int>();
            for (var i = 0; i < match.Length; i++)
            {
                if (char.IsAsciiLetterOrDigit(match.Value[i]))
                {
                    positions.Add(match.Index + i);
                }
            }

            var compact = new string(positions.Select(p => text[p]).ToArray());
            for (var length = Math.Min(compact.Length, MaximumLength); length >= MinimumLength; length--)
            {
                if (IsValid(compact[..length]))
                {
                    var end = positions[length - 1] + 1;
                    yield return new PersonalDataMatch(match.Index, end - match.Index, PersonalDataKind.Iban, compact[..length]);
                    break;
                }
            }
        }
    }

    public static bool IsValid(string iban)
    {
        if (iban.Length < MinimumLength || !char.IsAsciiLetterUpper(iban[0]) || !char.IsAsciiLetterUpper(iban[1]))
        {
            return false;
        }

        var rearranged = iban[4..] + iban[..4];
        var number = BigInteger.Zero;
        foreach (var c in rearranged)
        {
            if (char.IsAsciiDigit(c))
            {
                number = (number * 10) + (c - '0');
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                number = (number * 100) + (c - 'A' + 10);
            }
            else
            {
                return false;
            }
        }

        return number % 97 == 1;
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ \u00A0]?[A-Z0-9]){11,34}(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
