using Microsoft.Extensions.Options;

namespace Grader.Api.DataRights;

/// <summary>The retention pass (configuration section <c>Grader:Retention</c>).</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Grader:Retention";

    /// <summary>False stops the periodic pass (erasure on request still works).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Time between two passes; the first runs at start-up.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);
}

/// <summary>Refuses, at start-up and in French, an interval the timer cannot honour.</summary>
internal sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    public ValidateOptionsResult Validate(string? name, RetentionOptions options) =>
        options.Interval < TimeSpan.FromMinutes(1) || options.Interval > TimeSpan.FromDays(30)
            ? ValidateOptionsResult.Fail($"{RetentionOptions.SectionName}:Interval doit être compris entre 1 minute et 30 jours (par exemple « 06:00:00 »).")
            : ValidateOptionsResult.Success;
}
