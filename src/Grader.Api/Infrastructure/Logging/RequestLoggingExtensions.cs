using Microsoft.AspNetCore.HttpLogging;

namespace Grader.Api.Infrastructure;

/// <summary>
/// One access-log line per request — method, path, status, duration — and nothing a user sent: no query string
/// (it can hold an e-mail or a name), no headers (cookies, tokens), no body. ASP.NET Core's own
/// "Request starting …/finished …" lines print the full URL with its query string, so they are kept to warnings
/// whatever the configuration says. The access log is written at Information under
/// <c>Microsoft.AspNetCore.HttpLogging</c> (on in Development, off by default elsewhere: see appsettings).
/// </summary>
internal static class RequestLoggingExtensions
{
    public const string HostingDiagnosticsCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public static void AddGraderRequestLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpLogging(options =>
        {
            options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath
                | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            options.RequestHeaders.Clear();
            options.ResponseHeaders.Clear();
            options.CombineLogs = true;
        });

        // Registered after the configuration's rules, so it wins over an equally specific one from appsettings.
        builder.Logging.AddFilter(HostingDiagnosticsCategory, LogLevel.Warning);
    }

    public static IApplicationBuilder UseGraderRequestLogging(this IApplicationBuilder app) => app.UseHttpLogging();
}
