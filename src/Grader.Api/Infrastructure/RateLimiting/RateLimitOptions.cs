namespace Grader.Api.Infrastructure.RateLimiting;

/// <summary>
/// Request limits (configuration section <c>Grader:RateLimits</c>). Each rule is a fixed window per client: the
/// signed-in user's id, or the client's IP address for anonymous requests.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "Grader:RateLimits";

    /// <summary>Turns every limit off (e.g. behind a gateway that already limits).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Every request, per client. Deliberately permissive — 3 000 requests per second per client — so that it
    /// only stops a runaway script: a load test of several hundred reads per second from a few clients is not throttled.
    /// </summary>
    public RateLimitRule Global { get; set; } = new() { PermitLimit = 3000, Window = TimeSpan.FromSeconds(1) };

    /// <summary>Dossier uploads, per client: each one is parsed, OCR'd and indexed, which costs seconds of CPU.</summary>
    public RateLimitRule Upload { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) };

    /// <summary>
    /// Sign-in attempts, per client: slows down password guessing (accounts also lock after five failures). Per IP
    /// address before sign-in, so the default leaves room for a class of candidates behind one institutional NAT.
    /// </summary>
    public RateLimitRule SignIn { get; set; } = new() { PermitLimit = 60, Window = TimeSpan.FromMinutes(1) };
}
