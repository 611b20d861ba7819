using System.Globalization;

namespace Grader.Api.Review;

/// <summary>
/// Reads the version a client saw from the body, else from <c>If-Match</c> (<c>"3"</c>, <c>W/"3"</c> or <c>3</c>), so that
/// plain HTTP clients can use the standard header for optimistic concurrency.
/// </summary>
public static class IfMatchVersion
{
    public static long? Resolve(long? fromBody, HttpRequest request)
    {
        if (fromBody is not null)
        {
            return fromBody;
        }

        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.StartsWith("W/", StringComparison.Ordinal))
        {
            header = header[2..];
        }

        return long.TryParse(header.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
    }
}
