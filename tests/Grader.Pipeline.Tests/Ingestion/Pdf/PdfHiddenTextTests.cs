using static Grader.Pipeline.Tests.Ingestion.Pdf.PdfTestSupport;

namespace Grader.Pipeline.Tests.Ingestion.Pdf;

public sealed class PdfHiddenTextTests
{
    [Theory]
    [InlineData(PdfFixtures.WhiteText, "blanc")]
    [InlineData(PdfFixtures.NearWhiteText, "blanc")]
    [InlineData(PdfFixtures.TinyText, "3 points")]
    [InlineData(PdfFixtures.InvisibleText, "invisible")]
    [InlineData(PdfFixtures.OutsideText, "hors des limites")]
    public void Hidden_text_is_out_of_the_blocks_and_flagged_with_its_page(string hidden, string reasonWord)
    {
        var output = Parse(PdfFixtures.HiddenText());

        Assert.DoesNotContain(hidden, AllText(output), StringComparison.Ordinal);
        var flag = Assert.Single(output.Flags, f => f.Kind == "hidden-text" && f.Content!.Contains(hidden, StringComparison.Ordinal));
        Assert.Equal(2, flag.Page);
        Assert.Contains(reasonWord, flag.Detail, StringComparison.Ordinal);
        Assert.StartsWith("Page 2", flag.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Visible_text_around_hidden_text_is_kept()
    {
        var output = Parse(PdfFixtures.HiddenText());

        var text = AllText(output);
        Assert.Contains("Le texte visible de la seconde page reste lu.", text, StringComparison.Ordinal);
        Assert.Contains("Fin du texte visible.", text, StringComparison.Ordinal);
        Assert.DoesNotContain(output.Flags, f => f.Page == 1);
    }

    [Fact]
    public void White_text_on_a_dark_banner_is_visible_text()
    {
        var output = Parse(PdfFixtures.HiddenText());

        Assert.Contains(PdfFixtures.BannerText, AllText(output), StringComparison.Ordinal);
        Assert.DoesNotContain(output.Flags, f => f.Content?.Contains("OBJECTIF", StringComparison.Ordinal) == true);
    }
}
