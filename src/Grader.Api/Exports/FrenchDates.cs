using System.Globalization;

namespace Grader.Api.Exports;

/// <summary>Dates as French readers expect them in exports: « 3 juillet 2025 à 14h05 UTC ».</summary>
public static class FrenchDates
{
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Long(DateTimeOffset moment) => moment.ToUniversalTime().ToString("d MMMM yyyy 'à' HH'h'mm 'UTC'", French);

    /// <summary>ISO 8601 in UTC, for CSV cells that spreadsheets sort correctly.</summary>
    public static string Iso(DateTimeOffset moment) => moment.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
