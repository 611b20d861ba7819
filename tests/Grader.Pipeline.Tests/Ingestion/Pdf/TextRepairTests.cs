using Grader.Pipeline.Ingestion.Pdf;

namespace Grader.Pipeline.Tests.Ingestion.Pdf;

public sealed class TextRepairTests
{
    private static readonly Dehyphenator WithoutVocabulary = Dehyphenator.Empty;

    [Theory]
    [InlineData("le dévelop-", "pement du projet", "le développement du projet")]
    [InlineData("la commer-", "cialisation", "la commercialisation")]
    [InlineData("le service après-", "vente", "le service après-vente")]
    [InlineData("le e-", "commerce", "le e-commerce")]
    [InlineData("une sous-", "traitance", "une sous-traitance")]
    [InlineData("Jean-", "Pierre Martin", "Jean-Pierre Martin")]
    [InlineData("les années 2020-", "2024", "les années 2020-2024")]
    [InlineData("un mot coupé\u00AD", "ici", "un mot coupéici")]
    [InlineData("une ligne", "suivante", "une ligne suivante")]
    [InlineData("un tiret -", "isolé", "un tiret -isolé")]
    public void Line_ends_are_joined_with_a_sensible_hyphenation_rule(string first, string second, string expected)
    {
        Assert.Equal(expected, WithoutVocabulary.Join([first, second]));
    }

    [Fact]
    public void The_document_vocabulary_decides_when_the_rule_cannot()
    {
        var vocabulary = Dehyphenator.BuildVocabulary(["la porte-parole du projet", "un contretemps fâcheux"]);
        var dehyphenator = new Dehyphenator(vocabulary);

        Assert.Equal("la porte-parole", dehyphenator.Join(["la porte-", "parole"]));
        Assert.Equal("un contretemps", dehyphenator.Join(["un contre-", "temps"]));
        Assert.Equal("une multi-entreprise", new Dehyphenator(Dehyphenator.BuildVocabulary(["multi-entreprise"])).Join(["une multi-", "entreprise"]));
    }

    [Fact]
    public void Ligatures_are_replaced_by_their_letters()
    {
        Assert.Equal("profil, flux, effet, efficace, baffle, poster", TextNormalizer.ExpandLigatures("pro\uFB01l, \uFB02ux, e\uFB00et, e\uFB03cace, ba\uFB04e, po\uFB06er"));
    }

    [Theory]
    [InlineData("Un texte ordinaire en français, avec 3 chiffres.", false, "Usable")]
    [InlineData("", false, "Missing")]
    [InlineData("\uE001\uE002\uE003\uE004 \uE005\uE006\uE007\uE008\uE009 \uE00A\uE00B\uE00C\uE00D\uE00E\uE00F\uE010\uE011\uE012\uE013\uE014", false, "Garbled")]
    [InlineData("\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD", false, "Garbled")]
    [InlineData("\u0001\u0002\u0003", true, "Garbled")]
    [InlineData("12", false, "Usable")]
    [InlineData("12", true, "Garbled")]
    public void Text_layer_quality_is_judged_by_its_share_of_letters(string text, bool hasImages, string expected)
    {
        Assert.Equal(expected, TextQuality.Assess(text.Select(c => c.ToString()), hasImages).ToString());
    }
}
