namespace Grader.Api.Infrastructure.RateLimiting;

/// <summary>At most <see cref="PermitLimit"/> requests per <see cref="Window"/> for one client; the rest get a 429.</summary>
public sealed class RateLimitRule
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}
