using System.Net;
using Grader.Api.Tests.Support;

namespace Grader.Api.Tests.Infrastructure;

/// <summary>The web pages are served with a strict policy; the API beside them keeps answering problem details in JSON.</summary>
public sealed class WebApplicationTests(GraderApiFactory factory) : IClassFixture<GraderApiFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/jury/revue.html")]
    [InlineData("/candidat/")]
    public async Task Pages_are_french_html_with_a_self_only_content_security_policy(string path)
    {
        var response = await factory.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\">", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_js_is_served_by_the_service_itself_as_a_javascript_module()
    {
        var response = await factory.CreateClient().GetAsync("/lib/pdfjs/pdf.min.mjs", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_api_path_is_still_a_json_problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/nulle-part", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
