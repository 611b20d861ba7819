using Grader.Pipeline.Ingestion;
using static Grader.Pipeline.Tests.Ingestion.Pdf.PdfTestSupport;

namespace Grader.Pipeline.Tests.Ingestion.Pdf;

/// <summary>Documents the parser must refuse with a typed error and a French message, never a crash.</summary>
public sealed class PdfRefusalTests
{
    [Fact]
    public void Password_protected_pdf_is_refused_as_encrypted()
    {
        // Made once with: qpdf --encrypt secret owner 128 --use-aes=y -- in.pdf encrypted-aes128.pdf
        var error = Assert.Throws<IngestionException>(() => Parse(Fixture("encrypted-aes128.pdf")));

        Assert.Equal(IngestionErrorKind.Encrypted, error.Kind);
        Assert.Equal("encrypted", error.Code);
        Assert.Contains("sans mot de passe", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_with_permissions_but_no_opening_password_is_read()
    {
        // Made once with: qpdf --encrypt "" owner 128 --use-aes=y --print=none --modify=none --extract=n -- in.pdf out.pdf
        // (the LibreOffice PDF of scan-fr's text): anyone can open it, so Grader reads it like any other.
        var output = Parse(Fixture("restricted-no-user-password.pdf"));

        var text = AllText(output);
        Assert.Contains("Notre entreprise développe une stratégie commerciale", text, StringComparison.Ordinal);
        Assert.Empty(output.Flags);
    }

    [Fact]
    public void Truncated_pdf_is_refused_as_corrupt_without_technical_detail()
    {
        var whole = PdfFixtures.StructuredDossier();
        var half = whole[..(whole.Length / 2)];

        var error = Assert.Throws<IngestionException>(() => Parse(half));

        Assert.Equal(IngestionErrorKind.Corrupt, error.Kind);
        Assert.Contains("endommagé ou incomplet", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_a_pdf_are_refused_as_corrupt()
    {
        var error = Assert.Throws<IngestionException>(() => Parse("%PDF-1.7\nceci n'est pas un PDF"u8.ToArray()));

        Assert.Equal(IngestionErrorKind.Corrupt, error.Kind);
    }

    [Fact]
    public void Too_many_pages_is_refused_before_reading_them()
    {
        var error = Assert.Throws<IngestionException>(
            () => Parse(PdfFixtures.Pages(3), options: new IngestionOptions { MaxPages = 2 }));

        Assert.Equal(IngestionErrorKind.TooManyPages, error.Kind);
        Assert.Contains("3 pages", error.Message, StringComparison.Ordinal);
        Assert.Contains("2 pages", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rights_management_wrapper_is_reported_as_such()
    {
        var error = Assert.Throws<IngestionException>(() => Parse(PdfFixtures.RightsManagementWrapper()));

        Assert.Equal(IngestionErrorKind.RightsManaged, error.Kind);
        Assert.Contains("gestion des droits", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dynamic_xfa_form_is_reported_as_such()
    {
        var error = Assert.Throws<IngestionException>(() => Parse(PdfFixtures.XfaForm()));

        Assert.Equal(IngestionErrorKind.XfaForm, error.Kind);
        Assert.Contains("XFA", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_that_only_mentions_protection_among_real_content_is_read()
    {
        var pdf = PdfFixtures.Pages(4, "Ce document est protege par le secret professionnel, page");

        var output = Parse(pdf);

        Assert.Equal(4, output.Pages.Count);
        Assert.Contains("secret professionnel", AllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ParseWithToken(PdfFixtures.Pages(2), cancelled.Token));
    }
}
