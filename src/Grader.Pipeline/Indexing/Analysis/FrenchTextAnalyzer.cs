using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Grader.Pipeline.Indexing.Analysis;

/// <summary>
/// French analysis for BM25: « l’analyse des concurrents » and « Analyses concurrentielles » must meet on
/// <c>analys</c>, and « développement » must match « developpements » typed without accents.
/// </summary>
/// <remarks>
/// The chain is Lucene's FrenchAnalyzer, re-composed (plus <see cref="FrenchDerivationFilter"/>) so that accents are folded <em>before</em> stemming:
/// candidates and jurors type with and without accents, and folding first makes both spellings reach the
/// same stem (FrenchAnalyzer folds nothing). Stop words are removed before folding because Lucene's French
/// list is written with accents (« été », « à »).
/// </remarks>
public sealed class FrenchTextAnalyzer : ITextAnalyzer
{
    public const string AnalyzerName = "french-light-v2";

    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Apostrophes come as ' or as the typographic ’ in Word documents; Lucene's ElisionFilter accepts both.
    private static readonly CharArraySet Articles = new(
        Version,
        new[] { "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu" },
        ignoreCase: true);

    // Shared for the process: Lucene analyzers keep one reusable token stream per thread.
    private static readonly Analyzer Chain = new FrenchChain();

    public string Name => AnalyzerName;

    public IReadOnlyList<string> Analyze(string text) => LuceneTokens.Read(Chain, text);

    private sealed class FrenchChain : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new ElisionFilter(source, Articles);
            stream = new LowerCaseFilter(Version, stream);
            stream = new StopFilter(Version, stream, FrenchAnalyzer.DefaultStopSet);
            stream = new ASCIIFoldingFilter(stream);
            stream = new FrenchLightStemFilter(stream);
            stream = new FrenchDerivationFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }
}
