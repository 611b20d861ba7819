namespace Grader.Pipeline.Ingestion.Safety;

/// <summary>
/// Takes the sentences that address an AI or a grader out of the evaluated text, as hidden text already is:
/// a candidate must not be able to talk to the evaluator past the jury, and an instruction left in the text
/// could still sway retrieval or a model even once flagged. The jury reads each removed sentence in its
/// <c>prompt-injection</c> flag. Table cells are left as they are (their rows must stay aligned).
/// </summary>
internal sealed class InjectionSentenceRemover(PromptInjectionDetector detector)
{
    public IReadOnlyList<DocumentPage> Apply(IReadOnlyList<DocumentPage> pages) =>
        pages.Select(page => page with { Blocks = page.Blocks.Select(Clean).Where(b => b is not null).Select(b => b!).ToList() }).ToList();

    private DocumentBlock? Clean(DocumentBlock block)
    {
        if (block.Kind == BlockKind.Table)
        {
            return block;
        }

        var text = block.Text;
        foreach (var sentence in detector.FindSentences(text))
        {
            // FindSentences returns the sentence as it stands in the text (shortened with « … » when very long:
            // such a sentence is left in place, flagged).
            var at = text.IndexOf(sentence, StringComparison.Ordinal);
            if (at >= 0)
            {
                text = string.Concat(text.AsSpan(0, at), text.AsSpan(at + sentence.Length)).Trim();
            }
        }

        if (ReferenceEquals(text, block.Text))
        {
            return block;
        }

        return string.IsNullOrWhiteSpace(text) ? null : block with { Text = text };
    }
}
