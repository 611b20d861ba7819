using System.Globalization;
using System.Text.RegularExpressions;

namespace Grader.Pipeline.Rubrics.Guidelines;

/// <summary>The « major.minor.patch » version of a guidelines file, ordered numerically (1.10.0 after 1.9.0).</summary>
public readonly partial record struct GuidelinesVersion(int Major, int Minor, int Patch) : IComparable<GuidelinesVersion>
{
    public static GuidelinesVersion First { get; } = new(1, 0, 0);

    public static bool TryParse(string? text, out GuidelinesVersion version)
    {
        var match = text is null ? Match.Empty : Pattern().Match(text.Trim());
        if (!match.Success)
        {
            version = default;
            return false;
        }

        version = new GuidelinesVersion(
            int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>The next version an edit publishes: a new consigne or anchor is a minor change.</summary>
    public GuidelinesVersion NextMinor() => new(Major, Minor + 1, 0);

    public int CompareTo(GuidelinesVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor != other.Minor ? Minor.CompareTo(other.Minor) : Patch.CompareTo(other.Patch);

    public static bool operator <(GuidelinesVersion left, GuidelinesVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(GuidelinesVersion left, GuidelinesVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(GuidelinesVersion left, GuidelinesVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(GuidelinesVersion left, GuidelinesVersion right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");

    [GeneratedRegex(@"^(\d{1,6})\.(\d{1,6})\.(\d{1,6})$")]
    private static partial Regex Pattern();
}
