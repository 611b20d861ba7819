using System.Text.RegularExpressions;

namespace Grader.Pipeline.Privacy.Detection;

/// <summary>
/// French numbers in every usual spelling (06 12 34 56 78, 06.12.34.56.78, 0612345678, +33 6 12 34 56 78,
/// +33 (0)6…, 0033…) and international numbers written with « + ». A French number needs ten digits in five
/// pairs after a 0 or +33, and an international one 8 to 15 digits, so amounts (« 742 k€ »), years and
/// SIRET numbers (14 digits, 3-3-3-5) do not match.
/// </summary>
public sealed partial class PhoneDetector : IPersonalDataDetector
{
    public IEnumerable<PersonalDataMatch> Find(string text)
    {
        foreach (Match match in French().Matches(text))
        {
            yield return new PersonalDataMatch(match.Index, match.Length, PersonalDataKind.Phone, FrenchKey(match.Value));
        }

        foreach (Match match in International().Matches(text))
        {
            var digits = Digits(match.Value);
            if (digits.Length is >= 8 and <= 15 && !digits.StartsWith("33", StringComparison.Ordinal))
            {
                yield return new PersonalDataMatch(match.Index, match.Length, PersonalDataKind.Phone, "+" + digits);
            }
        }
    }

    // +33 6…, 0033 6… and 06… are one number.
    private static string FrenchKey(string value)
    {
        var digits = Digits(value.Replace("(0)", "", StringComparison.Ordinal));
        if (digits.StartsWith("0033", StringComparison.Ordinal))
        {
            return "0" + digits[4..];
        }

        return digits.StartsWith("33", StringComparison.Ordinal) ? "0" + digits[2..] : digits;
    }

    private static string Digits(string value) => new(value.Where(char.IsAsciiDigit).ToArray());

    [GeneratedRegex(@"(?<![\d+])(?:(?:\+|00)[\s\u00A0]?33[\s\u00A0.\-]?(?:\(0\)[\s\u00A0.\-]?)?[1-9]|0[1-9])(?:[\s\u00A0.\-]?\d{2}){4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex French();

    // « +12 500 000 € » is a rise, not a number to call: a currency or percent sign right after rules it out.
    [GeneratedRegex(@"(?<![\w+])\+\d{1,3}(?:[\s\u00A0.\-]?\(?\d{1,4}\)?){2,6}(?!\d)(?![\s\u00A0]*(?:[€$£%]|[kKM]€|euros?\b|EUR\b|USD\b))", RegexOptions.CultureInvariant)]
    private static partial Regex International();
}
