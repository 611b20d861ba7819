using System.Globalization;

namespace Grader.Pipeline.Calibration.Quality;

/// <summary>
/// Numbers and typography of the French report: decimal comma, « — » for an undefined figure, thin no-break
/// space between thousands, no-break space before « : ; % » and inside « ». Formatting is spelled out here rather
/// than taken from the fr-FR culture so that the report is byte-identical whatever the machine's ICU data.
/// </summary>
public static class FrenchFigures
{
    public const string Undefined = "—";
    private const char Nbsp = '\u00A0';
    private const char ThinNbsp = '\u202F';

    public static string Number(double? value, int decimals = 2)
    {
        if (value is not { } v)
        {
            return Undefined;
        }

        // + 0.0 turns a rounded −0 into 0: a tiny negative SMD must not print as « -0,00 ».
        var rounded = Math.Round(v, decimals, MidpointRounding.AwayFromZero) + 0.0;
        return rounded.ToString("F" + decimals, CultureInfo.InvariantCulture).Replace('.', ',');
    }

    public static string Count(int value) =>
        value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ThinNbsp);

    public static string Interval(double lower, double upper) => $"[{Number(lower)}{Nbsp}; {Number(upper)}]";

    public static string Percent(double level) => Count((int)Math.Round(level * 100)) + Nbsp + "%";

    public static string Seconds(TimeSpan duration) => Number(duration.TotalSeconds, 1) + Nbsp + "s";

    /// <summary>French spacing for the report's own wording; never applied to data (codes, commands, rationales).</summary>
    public static string Typeset(string text) => text
        .Replace(" :", Nbsp + ":", StringComparison.Ordinal)
        .Replace(" ;", Nbsp + ";", StringComparison.Ordinal)
        .Replace(" %", Nbsp + "%", StringComparison.Ordinal)
        .Replace("« ", "«" + Nbsp, StringComparison.Ordinal)
        .Replace(" »", Nbsp + "»", StringComparison.Ordinal);
}
