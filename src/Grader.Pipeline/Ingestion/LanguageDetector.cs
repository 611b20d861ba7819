using System.Text.RegularExpressions;

namespace Grader.Pipeline.Ingestion;

/// <summary>
/// Tells French from English by counting very frequent function words that belong to one language only.
/// Honest rather than clever: it answers only when there is enough text and a clear majority, and returns
/// null otherwise (short texts, mixed documents, other languages).
/// </summary>
public sealed partial class LanguageDetector
{
    private const int SampleLength = 100_000;
    private const int MinHits = 8;
    private const double Majority = 0.75;

    // Words shared by both languages or ambiguous ("a", "on", "or", "an", "as") are deliberately absent.
    private static readonly HashSet<string> French =
    [
        "le", "la", "les", "des", "du", "une", "et", "est", "dans", "pour", "que", "qui", "sur", "pas", "plus",
        "par", "avec", "ce", "cette", "ces", "sont", "nous", "vous", "il", "elle", "ils", "au", "aux", "mais",
        "leur", "leurs", "ses", "son", "nos", "notre", "été", "être", "très", "aussi", "comme", "entre", "sans",
        "l", "d", "qu", "j", "c", "n", "ont", "où", "je", "se", "ne",
    ];

    private static readonly HashSet<string> English =
    [
        "the", "and", "of", "to", "is", "in", "that", "it", "for", "with", "was", "are", "be", "this", "by",
        "from", "at", "have", "has", "not", "which", "but", "they", "we", "their", "will", "would", "can",
        "these", "our", "been", "were", "more", "there", "what", "about", "into", "than", "its", "who", "you",
    ];

    /// <summary>"fr", "en", or null when unsure.</summary>
    public string? Detect(string text)
    {
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        int fr = 0, en = 0;
        foreach (var word in Words().EnumerateMatches(sample))
        {
            var token = sample.AsSpan(word.Index, word.Length).ToString().ToLowerInvariant();
            if (French.Contains(token))
            {
                fr++;
            }
            else if (English.Contains(token))
            {
                en++;
            }
        }

        var total = fr + en;
        if (total < MinHits)
        {
            return null;
        }

        var frenchShare = fr / (double)total;
        return frenchShare >= Majority ? "fr" : frenchShare <= 1 - Majority ? "en" : null;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
