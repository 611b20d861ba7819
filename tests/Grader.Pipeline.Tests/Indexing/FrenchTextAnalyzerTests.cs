using Grader.Pipeline.Indexing.Analysis;

namespace Grader.Pipeline.Tests.Indexing;

public sealed class FrenchTextAnalyzerTests
{
    private readonly FrenchTextAnalyzer analyzer = new();

    [Theory]
    [InlineData("l’analyse des concurrents")]
    [InlineData("l'analyse des concurrents")]
    [InlineData("L’Analyse")]
    [InlineData("analyses concurrentielles")]
    [InlineData("analyse concurrentielle")]
    public void Elided_plural_and_capitalised_forms_share_the_stem_of_analyse(string text)
    {
        var stem = analyzer.Analyze("analyse").Single();

        Assert.Contains(stem, analyzer.Analyze(text));
    }

    [Theory]
    [InlineData("concurrents", "concurrentielle")]
    [InlineData("concurrence", "concurrentiels")]
    [InlineData("compétences", "compétent")]
    [InlineData("cohérence", "cohérents")]
    public void Nouns_and_adjectives_of_one_family_meet(string first, string second)
    {
        Assert.Equal(analyzer.Analyze(first).Single(), analyzer.Analyze(second).Single());
    }

    [Fact]
    public void Veille_concurrentielle_reaches_analyse_des_concurrents()
    {
        Assert.Contains(analyzer.Analyze("veille concurrentielle")[1], analyzer.Analyze("l’analyse des concurrents"));
    }

    [Fact]
    public void Accents_and_plurals_do_not_separate_developpement()
    {
        var accented = analyzer.Analyze("développement");
        var plainPlural = analyzer.Analyze("developpements");

        Assert.Single(accented);
        Assert.Equal(accented, plainPlural);
    }

    [Theory]
    [InlineData("d’un", "un")]
    [InlineData("qu’il", "il")]
    [InlineData("j’ai", "ai")]
    [InlineData("n’est", "est")]
    [InlineData("s’est", "est")]
    [InlineData("c’est", "est")]
    [InlineData("m’a", "a")]
    [InlineData("t’a", "a")]
    public void Every_elided_article_is_removed_with_either_apostrophe(string elided, string expectedRemainder)
    {
        // Both remainders are stop words: the elided form yields exactly what the bare word yields.
        Assert.Equal(analyzer.Analyze(expectedRemainder), analyzer.Analyze(elided));
        Assert.Equal(analyzer.Analyze(elided.Replace('’', '\'')), analyzer.Analyze(elided));
    }

    [Fact]
    public void Stop_words_are_dropped_and_content_words_kept()
    {
        var terms = analyzer.Analyze("Le budget prévisionnel de l’entreprise et les indicateurs");

        Assert.DoesNotContain("le", terms);
        Assert.DoesNotContain("de", terms);
        Assert.DoesNotContain("et", terms);
        Assert.DoesNotContain("les", terms);
        Assert.Equal(4, terms.Count);
        Assert.Equal(analyzer.Analyze("budget"), [terms[0]]);
        Assert.Equal(analyzer.Analyze("previsionnels"), [terms[1]]);
        Assert.Equal(analyzer.Analyze("entreprises"), [terms[2]]);
        Assert.Equal(analyzer.Analyze("indicateur"), [terms[3]]);
    }

    [Fact]
    public void Blank_text_gives_no_terms()
    {
        Assert.Empty(analyzer.Analyze(""));
        Assert.Empty(analyzer.Analyze("   \n "));
        Assert.Empty(analyzer.Analyze("le la les de des"));
    }

    [Fact]
    public void Plain_analyzer_lowercases_and_splits_but_neither_stems_nor_folds()
    {
        var plain = new PlainTextAnalyzer();

        Assert.Equal(["l", "analyse", "des", "concurrents"], plain.Analyze("L’analyse des concurrents."));
        Assert.Equal(["développement", "2025"], plain.Analyze("Développement (2025)"));
        Assert.NotEqual(plain.Analyze("développement"), plain.Analyze("developpements"));
    }

    [Fact]
    public void Analyzers_have_distinct_stable_names()
    {
        Assert.Equal("french-light-v2", analyzer.Name);
        Assert.Equal("plain-v1", new PlainTextAnalyzer().Name);
    }
}
