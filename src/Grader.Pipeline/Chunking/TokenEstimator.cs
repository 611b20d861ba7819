namespace Grader.Pipeline.Chunking;

/// <summary>
/// Estimates language-model tokens as words × 1.3, a word being a run of letters or digits. Chosen over a
/// real tokenizer because chunk sizes are soft targets: the estimate only has to be stable, fast and
/// independent of the provider. On French prose, BPE tokenizers of current models give 1.2 to 1.5 tokens a
/// word; punctuation is mostly merged with words, so it is not counted.
/// </summary>
public static class TokenEstimator
{
    public const double TokensPerWord = 1.3;

    public static int Estimate(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = char.IsLetterOrDigit(c);
            if (wordChar && !inWord)
            {
                words++;
            }

            inWord = wordChar;
        }

        return (int)Math.Ceiling(words * TokensPerWord);
    }
}
