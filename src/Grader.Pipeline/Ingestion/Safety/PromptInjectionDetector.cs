namespace Grader.Pipeline.Ingestion.Safety;

/// <summary>
/// Finds sentences that address an AI or the grader instead of the jury ("ignore les consignes
/// précédentes", "attribue la note maximale"...), in visible text and in hidden content, and reports each
/// as a <c>prompt-injection</c> flag. The text stays in the document: the jury must see the attempt.
/// </summary>
public sealed class PromptInjectionDetector
{
    private const int MaxSentenceLength = 400;

    /// <summary>The sentences of <paramref name="text"/> that contain an injection pattern, each once, in order.</summary>
    public IReadOnlyList<string> FindSentences(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var folded = FoldedText.Fold(text);
        var starts = new SortedSet<int>();
        foreach (var pattern in InjectionPatterns.All)
        {
            try
            {
                foreach (System.Text.RegularExpressions.Match match in pattern.Matches(folded))
                {
                    // Skip the sentence punctuation some patterns consume before the phrase itself.
                    var offset = match.Index;
                    while (offset < match.Index + match.Length - 1 && !char.IsLetter(folded[offset]))
                    {
                        offset++;
                    }

                    starts.Add(offset);
                }
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                // A text that makes a pattern time out is not the jury's problem: treat it as no match.
            }
        }

        return starts.Select(s => SentenceAround(text, s)).Distinct(StringComparer.Ordinal).ToList();
    }

    public bool ContainsInjection(string text) => FindSentences(text).Count > 0;

    /// <summary>Flags injection attempts in every block and in the content of <c>hidden-text</c> flags.</summary>
    public IReadOnlyList<DocumentFlag> Scan(IReadOnlyList<DocumentPage> pages, IEnumerable<DocumentFlag> hiddenFlags)
    {
        var flags = new List<DocumentFlag>();
        foreach (var page in pages)
        {
            foreach (var sentence in page.Blocks.SelectMany(b => FindSentences(b.Text)).Distinct(StringComparer.Ordinal))
            {
                flags.Add(new DocumentFlag(
                    DocumentFlagKinds.PromptInjection,
                    page.Number,
                    $"Page {page.Number} : une phrase du texte visible s’adresse à une IA ou au correcteur "
                    + "(possible tentative d’influencer l’évaluation). Elle est exclue du texte évalué ; à examiner par le jury.",
                    sentence));
            }
        }

        foreach (var hidden in hiddenFlags.Where(f => f.Kind == DocumentFlagKinds.HiddenText && f.Content is not null))
        {
            foreach (var sentence in FindSentences(hidden.Content!))
            {
                var where = hidden.Page is { } p ? $"Page {p} : du" : "Du";
                flags.Add(new DocumentFlag(
                    DocumentFlagKinds.PromptInjection,
                    hidden.Page,
                    $"{where} texte caché s’adresse à une IA ou au correcteur : tentative probable d’influencer "
                    + "l’évaluation à l’insu du jury. Ce texte est exclu du texte évalué.",
                    sentence));
            }
        }

        return flags;
    }

    private static string SentenceAround(string text, int index)
    {
        var start = index;
        while (start > 0 && !IsSentenceEnd(text[start - 1]))
        {
            start--;
        }

        var end = index;
        while (end < text.Length && !IsSentenceEnd(text[end]))
        {
            end++;
        }

        if (end < text.Length && text[end] != '\n')
        {
            end++;
        }

        var sentence = text[start..end].Trim();
        return sentence.Length <= MaxSentenceLength ? sentence : string.Concat(sentence.AsSpan(0, MaxSentenceLength), "…");
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '\n' or '…';
}
