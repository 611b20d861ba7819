using System.Text;
using Grader.Api.Exports;

namespace Grader.Api.Tests.Exports;

public sealed class CsvWriterTests
{
    [Fact]
    public void Starts_with_the_utf8_bom_and_separates_with_semicolons_and_crlf()
    {
        var bytes = CsvWriter.Write(["Épreuve", "Niveau"], [["E2", "3"]]);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("Épreuve;Niveau\r\nE2;3\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Theory]
    [InlineData("simple", "simple")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("il a dit \"oui\"", "\"il a dit \"\"oui\"\"\"")]
    [InlineData("deux\nlignes", "\"deux\nlignes\"")]
    [InlineData(" espace", "\" espace\"")]
    [InlineData("=SOMME(A1)", "'=SOMME(A1)")]
    [InlineData("", "")]
    public void Quotes_only_what_needs_it_and_defuses_formulas(string value, string expected)
    {
        Assert.Equal(expected, CsvWriter.Field(value));
    }

    [Fact]
    public void A_null_cell_is_empty()
    {
        Assert.Equal("a;;b\r\n", Encoding.UTF8.GetString(CsvWriter.Write(["a", "x", "b"], [])[3..]).Replace("x", "", StringComparison.Ordinal));
        Assert.Equal("", CsvWriter.Field(null));
    }
}
