using System.Text;
using Grader.Pipeline.Ingestion;
using Grader.Pipeline.Ingestion.Safety;
using Grader.Pipeline.Tests.Ingestion.Detection;

namespace Grader.Pipeline.Tests.Ingestion.Safety;

public sealed class OfficePackageGuardTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public void Ordinary_package_passes()
    {
        var guard = new OfficePackageGuard(new IngestionOptions());

        var exception = Record.Exception(() => guard.Check("dossier.docx", TestFiles.Docx(), Ct));

        Assert.Null(exception);
    }

    [Fact]
    public void Fifty_megabytes_of_zeros_are_refused_as_a_zip_bomb_from_the_declared_sizes()
    {
        var bomb = TestFiles.DocxWithZeros(50L * 1024 * 1024);
        Assert.True(bomb.Length < 1024 * 1024, "the package itself stays small");

        var error = Assert.Throws<IngestionException>(() => new OfficePackageGuard(new IngestionOptions()).Check("dossier.docx", bomb, Ct));

        Assert.Equal(IngestionErrorKind.ZipBomb, error.Kind);
        Assert.Contains("anormalement", error.Message);
    }

    [Fact]
    public void Total_uncompressed_size_over_the_limit_is_refused()
    {
        var options = new IngestionOptions { MaxUncompressedBytes = 1000, MaxCompressionRatio = 1e9 };
        var package = TestFiles.Docx("<w:document xmlns:w=\"urn:w\">" + new string('x', 5000) + "</w:document>");

        var error = Assert.Throws<IngestionException>(() => new OfficePackageGuard(options).Check("dossier.docx", package, Ct));

        Assert.Equal(IngestionErrorKind.ZipBomb, error.Kind);
    }

    [Fact]
    public void Too_many_entries_are_refused()
    {
        var entries = Enumerable.Range(0, 30).Select(i => ($"word/part{i}.xml", "<a/>")).ToArray();
        var options = new IngestionOptions { MaxZipEntries = 20 };

        var error = Assert.Throws<IngestionException>(() => new OfficePackageGuard(options).Check("dossier.docx", TestFiles.Zip(entries), Ct));

        Assert.Equal(IngestionErrorKind.ZipBomb, error.Kind);
        Assert.Contains("plus de 20 éléments", error.Message);
    }

    [Fact]
    public void Deeply_nested_xml_part_is_refused()
    {
        var deep = new StringBuilder();
        for (var i = 0; i < 300; i++) deep.Append("<a>");
        for (var i = 0; i < 300; i++) deep.Append("</a>");

        var error = Assert.Throws<IngestionException>(() =>
            new OfficePackageGuard(new IngestionOptions()).Check("dossier.docx", TestFiles.Docx(deep.ToString()), Ct));

        Assert.Equal(IngestionErrorKind.XmlTooDeep, error.Kind);
        Assert.Contains("plus de 256 niveaux", error.Message);
    }

    [Fact]
    public void Xml_part_with_a_dtd_is_refused_as_corrupt_without_expanding_entities()
    {
        const string billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]><w:document xmlns:w=\"urn:w\">&lol2;</w:document>";

        var error = Assert.Throws<IngestionException>(() =>
            new OfficePackageGuard(new IngestionOptions()).Check("dossier.docx", TestFiles.Docx(billionLaughs), Ct));

        Assert.Equal(IngestionErrorKind.Corrupt, error.Kind);
    }

    [Fact]
    public void Xml_part_larger_than_its_header_announces_is_refused()
    {
        var honest = TestFiles.Docx("<w:document xmlns:w=\"urn:w\">" + new string('x', 200_000) + "</w:document>");
        var lying = TestFiles.WithDeclaredSize(honest, "word/document.xml", 1000);

        var error = Assert.Throws<IngestionException>(() => new OfficePackageGuard(new IngestionOptions()).Check("dossier.docx", lying, Ct));

        // .NET 10 already stops inflating at the declared size, so the XML part ends mid-way and is refused as
        // corrupt before the bounded stream would trip; the bounded stream stays as a second line, tested below.
        Assert.Equal(IngestionErrorKind.Corrupt, error.Kind);
        Assert.Contains("endommagé ou illisible", error.Message);
    }

    [Fact]
    public void Bounded_stream_fails_when_the_content_is_longer_than_announced()
    {
        using var stream = new BoundedReadStream(new MemoryStream(new byte[100]), limit: 10);
        var buffer = new byte[64];

        Assert.ThrowsAny<IOException>(() => stream.Read(buffer, 0, buffer.Length));
    }

    [Fact]
    public void Bounded_stream_accepts_content_exactly_at_the_limit()
    {
        using var stream = new BoundedReadStream(new MemoryStream(new byte[10]), limit: 10);
        var buffer = new byte[64];

        Assert.Equal(10, stream.Read(buffer, 0, buffer.Length));
        Assert.Equal(0, stream.Read(buffer, 0, buffer.Length));
    }
}
