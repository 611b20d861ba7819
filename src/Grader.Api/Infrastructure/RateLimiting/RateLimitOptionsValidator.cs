using Microsoft.Extensions.Options;

namespace Grader.Api.Infrastructure.RateLimiting;

/// <summary>Checks <c>Grader:RateLimits</c> at start-up, with messages for the administrator in French.</summary>
internal sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        var problems = new List<string>();
        Check(nameof(RateLimitOptions.Global), options.Global, problems);
        Check(nameof(RateLimitOptions.Upload), options.Upload, problems);
        Check(nameof(RateLimitOptions.SignIn), options.SignIn, problems);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void Check(string rule, RateLimitRule? value, List<string> problems)
    {
        var key = $"{RateLimitOptions.SectionName}:{rule}";
        if (value is null)
        {
            problems.Add($"{key} est absent.");
            return;
        }

        if (value.PermitLimit < 1)
        {
            problems.Add($"{key}:PermitLimit doit être un nombre de requêtes positif, reçu {value.PermitLimit}.");
        }

        if (value.Window <= TimeSpan.Zero || value.Window > TimeSpan.FromDays(1))
        {
            problems.Add($"{key}:Window doit être une durée positive d’au plus un jour (par exemple 00:01:00), reçu {value.Window}.");
        }
    }
}
