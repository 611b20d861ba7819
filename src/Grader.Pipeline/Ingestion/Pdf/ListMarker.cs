using System.Text.RegularExpressions;

namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>Recognises the marker that opens a list item: a bullet or a number/letter with "." or ")".</summary>
internal static partial class ListMarker
{
    // \uF0B7 and \uF0A7 are the Symbol/Wingdings bullets Word leaves in private use when a font has no Unicode map.
    [GeneratedRegex(@"^(?<label>[•◦▪▫■□●○►▸‣⁃∙·\-–—*✓✔➢➤\uF0B7\uF0A7]|\d{1,3}[.)]|[a-zA-Z][.)]|\(\d{1,3}\)|\([a-z]\)|[ivx]{1,4}[.)])\s+(?<rest>\S.*)$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^([•◦▪▫■□●○►▸‣⁃∙·\-–—*✓✔➢➤\uF0B7\uF0A7]|\d{1,3}[.)]|[a-zA-Z][.)]|\(\d{1,3}\)|\([a-z]\)|[ivx]{1,4}[.)])$")]
    private static partial Regex MarkerOnly();

    /// <summary>True for a line that is nothing but a marker, which layout analysis often cuts off its item.</summary>
    public static bool IsMarkerOnly(string line) => MarkerOnly().IsMatch(line.Trim());

    public static bool TryParse(string line, out string label, out string rest)
    {
        var match = Marker().Match(line.Trim());
        label = match.Success ? match.Groups["label"].Value : string.Empty;
        rest = match.Success ? match.Groups["rest"].Value : line;
        return match.Success;
    }
}
