using System.Text.RegularExpressions;

namespace Grader.Pipeline.Privacy.Detection;

public sealed partial class EmailDetector : IPersonalDataDetector
{
    public IEnumerable<PersonalDataMatch> Find(string text) =>
        Email().Matches(text).Select(m => new PersonalDataMatch(m.Index, m.Length, PersonalDataKind.Email, m.Value.ToLowerInvariant()));

    [GeneratedRegex(@"(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
