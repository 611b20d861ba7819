using System.Text.RegularExpressions;

namespace Grader.Pipeline.Privacy.Detection;

/// <summary>
/// French postal addresses: a street (« 12 bis rue des Lilas », « 3, avenue du Général de Gaulle ») with its
/// postcode and city when they follow, and a postcode followed by a capitalised city (« 44000 Nantes »,
/// « 85100 Les Sables-d’Olonne »). Amounts and counts (« 12000 exemplaires », « 742 k€ ») are not followed by a
/// capitalised word and do not match. A business's address in a business plan is replaced too: that costs the
/// evaluation nothing, while telling it apart from the candidate's home is not reliable.
/// </summary>
public sealed partial class PostalAddressDetector : IPersonalDataDetector
{
    private const string Space = @"[\s\u00A0]";
    private const string Particle = @"(?:de|du|des|la|le|les|aux|au|et|sur|sous|en|l[’']|d[’'])";
    private const string Word = @"(?:\p{Lu}[\p{L}’'\-.]*|\d{1,4}(?:er)?)";
    private const string City = @"(?:(?:Le|La|Les)" + Space + @"+|L[’'])?\p{Lu}[\p{L}’'\-]*(?:" + Space + @"+(?i:cedex)(?:" + Space + @"+\d{1,2})?)?";
    private const string Postcode = @"(?:0[1-9]|[1-8]\d|9[0-8])\d{3}";
    private const string StreetType =
        @"(?i:rue|avenue|av\.|boulevard|bd|place|all[ée]e|impasse|chemin|route|quai|cours|square|passage|voie|faubourg|cit[ée]|r[ée]sidence|lotissement|hameau|sentier|promenade|esplanade|parvis|rond-point)";

    private const string StreetPattern =
        @"(?<![\d\p{L}])\d{1,4}(?:" + Space + @"?(?i:bis|ter|quater))?,?" + Space + "+" + StreetType
        + @"(?:" + Space + "+(?:" + Particle + Space + @"*)*" + Word + @"){1,6}"
        + @"(?:,?" + Space + @"+(?:(?i:BP|CS)" + Space + @"?\d+,?" + Space + @"+)?" + Postcode + Space + "+" + City + ")?";

    private const string PostcodeCityPattern = @"(?<![\d\p{L}])" + Postcode + Space + "+" + City;

    public IEnumerable<PersonalDataMatch> Find(string text) =>
        Street().Matches(text).Concat(PostcodeCity().Matches(text))
            .Select(m => new PersonalDataMatch(m.Index, m.Length, PersonalDataKind.PostalAddress, Key(m.Value)));

    private static string Key(string value) =>
        string.Join(' ', value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace(" ,", ",", StringComparison.Ordinal);

    [GeneratedRegex(StreetPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Street();

    [GeneratedRegex(PostcodeCityPattern, RegexOptions.CultureInvariant)]
    private static partial Regex PostcodeCity();
}
