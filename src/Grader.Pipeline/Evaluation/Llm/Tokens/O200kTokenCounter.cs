using Microsoft.ML.Tokenizers;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>
/// Counts with OpenAI's o200k_base encoding (gpt-4o family), whose vocabulary ships inside the
/// Microsoft.ML.Tokenizers.Data.O200kBase package — no download at run time. Other models (Mistral, Llama)
/// tokenise French differently, typically by a few tens of percent, so the count is an estimate for them.
/// </summary>
public sealed class O200kTokenCounter : ITokenCounter
{
    private static readonly Lazy<Tokenizer> Tokenizer = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    public int Count(string text) => Tokenizer.Value.CountTokens(text);
}
