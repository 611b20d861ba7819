using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Grader.Api.Infrastructure;

/// <summary>
/// The web application: static pages, styles and ES modules from <c>wwwroot/</c> (pdf.js copied there from npm by the
/// build), served with a strict Content-Security-Policy — everything from the service itself, no inline script or style,
/// no framing. The API under <c>/api</c> is untouched: its errors stay RFC 9457 problem details in JSON.
/// </summary>
internal static class WebApplicationExtensions
{
    /// <summary>Self only. <c>blob:</c> for images is what pdf.js draws some page images with; no <c>unsafe-*</c> anywhere.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; "
        + "worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void UseGraderWebApplication(this WebApplication app)
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".mjs"] = "text/javascript";
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = types,
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers[HeaderNames.XContentTypeOptions] = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                if (context.File.Name.EndsWith(".html", StringComparison.Ordinal))
                {
                    headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
                    headers[HeaderNames.XFrameOptions] = "DENY";
                    // Pages change with each version; they are small, so they are checked on every visit.
                    headers[HeaderNames.CacheControl] = "no-cache";
                }
            },
        });
    }
}
