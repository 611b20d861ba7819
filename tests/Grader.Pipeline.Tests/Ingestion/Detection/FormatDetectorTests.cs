using System.Text;
using Grader.Pipeline.Ingestion;
using Grader.Pipeline.Ingestion.Detection;

namespace Grader.Pipeline.Tests.Ingestion.Detection;

// DocumentFormat.OpenXml brings a root namespace of the same name; the alias makes the enum win here.
using DocumentFormat = Grader.Pipeline.Ingestion.DocumentFormat;

public sealed class FormatDetectorTests
{
    private readonly FormatDetector _detector = new();

    [Fact]
    public void Pdf_is_detected_by_its_header_even_after_leading_junk_and_under_another_name()
    {
        var bytes = Encoding.ASCII.GetBytes("\r\n\r\n%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF");

        Assert.Equal(DocumentFormat.Pdf, _detector.Detect("dossier.docx", bytes));
    }

    [Fact]
    public void Docx_saved_under_a_pdf_name_is_still_detected_as_docx()
    {
        Assert.Equal(DocumentFormat.Docx, _detector.Detect("dossier.pdf", TestFiles.Docx()));
    }

    [Fact]
    public void Pptx_and_xlsx_are_told_apart_by_their_parts()
    {
        Assert.Equal(DocumentFormat.Pptx, _detector.Detect("soutenance.zip", TestFiles.Pptx()));
        Assert.Equal(DocumentFormat.Xlsx, _detector.Detect("budget", TestFiles.Xlsx()));
    }

    [Fact]
    public void Png_renamed_docx_is_refused_with_the_French_list_of_accepted_types()
    {
        var error = Assert.Throws<IngestionException>(() => _detector.Detect("dossier.docx", TestFiles.Png()));

        Assert.Equal(IngestionErrorKind.UnsupportedFormat, error.Kind);
        Assert.Contains("« dossier.docx » n’est pas d’un type accepté", error.Message);
        Assert.Contains("PDF (.pdf), Word (.docx), PowerPoint (.pptx), Excel (.xlsx), texte (.txt) et Markdown (.md)", error.Message);
    }

    [Fact]
    public void Encrypted_office_container_named_docx_asks_to_save_without_password()
    {
        var bytes = TestFiles.CompoundFile("EncryptionInfo", "EncryptedPackage");

        var error = Assert.Throws<IngestionException>(() => _detector.Detect("dossier.docx", bytes));

        Assert.Equal(IngestionErrorKind.Encrypted, error.Kind);
        Assert.Equal("encrypted", error.Code);
        Assert.Contains("protégé par un mot de passe", error.Message);
        Assert.Contains("sans mot de passe", error.Message);
    }

    [Fact]
    public void Rights_managed_office_file_is_told_apart_from_a_password_protected_one()
    {
        var bytes = TestFiles.CompoundFile("EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces")
            .Concat(Encoding.Unicode.GetBytes("DRMEncryptedDataSpace")).ToArray();

        var error = Assert.Throws<IngestionException>(() => _detector.Detect("dossier.docx", bytes));

        Assert.Equal(IngestionErrorKind.RightsManaged, error.Kind);
        Assert.Contains("gestion des droits (IRM)", error.Message);
    }

    [Fact]
    public void Legacy_doc_is_refused_with_advice_to_save_as_docx_or_pdf()
    {
        var error = Assert.Throws<IngestionException>(() => _detector.Detect("dossier.doc", TestFiles.CompoundFile("WordDocument", "1Table")));

        Assert.Equal(IngestionErrorKind.UnsupportedFormat, error.Kind);
        Assert.Contains("ancien format Office", error.Message);
        Assert.Contains(".docx", error.Message);
        Assert.Contains("PDF", error.Message);
    }

    [Fact]
    public void Encryption_names_inside_document_text_do_not_make_a_legacy_file_encrypted()
    {
        // The words appear in the data, not as directory entries: still a plain legacy document.
        var bytes = TestFiles.CompoundFile("WordDocument").Concat(Encoding.Unicode.GetBytes("xxEncryptedPackage")).ToArray();

        var error = Assert.Throws<IngestionException>(() => _detector.Detect("dossier.doc", bytes));

        Assert.Equal(IngestionErrorKind.UnsupportedFormat, error.Kind);
    }

    [Theory]
    [InlineData("~$ssier.docx")]
    [InlineData("/tmp/depot/~$rapport.docx")]
    [InlineData(".~lock.rapport.docx#")]
    public void Lock_file_is_recognised_by_its_name(string name)
    {
        var error = Assert.Throws<IngestionException>(() => _detector.Detect(name, TestFiles.Docx()));

        Assert.Equal(IngestionErrorKind.OfficeLockFile, error.Kind);
        Assert.Contains("fichier temporaire", error.Message);
        Assert.Contains("pas le dossier lui-même", error.Message);
    }

    [Fact]
    public void Lock_file_is_recognised_by_its_content_when_renamed()
    {
        var error = Assert.Throws<IngestionException>(() => _detector.Detect("dossier.docx", TestFiles.WordLockFile()));

        Assert.Equal(IngestionErrorKind.OfficeLockFile, error.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n\t \n")]
    [InlineData("\uFEFF\n")]
    public void Empty_or_blank_file_is_refused_as_empty(string content)
    {
        var error = Assert.Throws<IngestionException>(() => _detector.Detect("dossier.txt", Encoding.UTF8.GetBytes(content)));

        Assert.Equal(IngestionErrorKind.Empty, error.Kind);
        Assert.Contains("est vide", error.Message);
    }

    [Fact]
    public void Utf8_text_is_plain_text_and_becomes_markdown_by_extension_or_headings()
    {
        var text = Encoding.UTF8.GetBytes("Ceci est un dossier rédigé à la main.\n");
        var withHeading = Encoding.UTF8.GetBytes("# Présentation\n\nTexte.\n");

        Assert.Equal(DocumentFormat.PlainText, _detector.Detect("dossier.txt", text));
        Assert.Equal(DocumentFormat.Markdown, _detector.Detect("dossier.md", text));
        Assert.Equal(DocumentFormat.Markdown, _detector.Detect("dossier.markdown", text));
        Assert.Equal(DocumentFormat.Markdown, _detector.Detect("dossier.txt", withHeading));
    }

    [Fact]
    public void Utf16_text_with_a_byte_order_mark_is_plain_text()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Synthèse du projet\r\n")];

        Assert.Equal(DocumentFormat.PlainText, _detector.Detect("notes.txt", bytes));
        Assert.Equal("Synthèse du projet\r\n", TextDecoder.TryDecode(bytes));
    }

    [Fact]
    public void Windows_1252_text_without_nul_bytes_is_plain_text()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Strat"), 0xE9, .. Encoding.ASCII.GetBytes("gie commerciale "), 0x80, 0x0A];

        Assert.Equal(DocumentFormat.PlainText, _detector.Detect("notes.txt", bytes));
        Assert.Equal("Stratégie commerciale €\n", TextDecoder.TryDecode(bytes));
    }

    [Theory]
    [InlineData("{\\rtf1\\ansi Dossier}", "format RTF")]
    [InlineData("<?xml version=\"1.0\"?><office:document/>", "page web ou un fichier XML")]
    [InlineData("\n  <!DOCTYPE html><html><body>Dossier</body></html>", "page web ou un fichier XML")]
    public void Rtf_html_and_xml_exports_are_refused_rather_than_read_as_raw_markup(string content, string expected)
    {
        var error = Assert.Throws<IngestionException>(() => _detector.Detect("dossier.txt", Encoding.UTF8.GetBytes(content)));

        Assert.Equal(IngestionErrorKind.UnsupportedFormat, error.Kind);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Truncated_docx_is_reported_as_corrupt()
    {
        var docx = TestFiles.Docx();

        var error = Assert.Throws<IngestionException>(() => _detector.Detect("dossier.docx", docx[..(docx.Length / 2)]));

        Assert.Equal(IngestionErrorKind.Corrupt, error.Kind);
        Assert.Contains("incomplet ou endommagé", error.Message);
    }

    [Fact]
    public void OpenDocument_text_is_refused_with_advice_to_export()
    {
        var error = Assert.Throws<IngestionException>(() => _detector.Detect("dossier.odt", TestFiles.Odt()));

        Assert.Equal(IngestionErrorKind.UnsupportedFormat, error.Kind);
        Assert.Contains("OpenDocument", error.Message);
    }
}
