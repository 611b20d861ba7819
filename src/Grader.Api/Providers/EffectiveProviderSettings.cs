using Grader.Pipeline.Evaluation.Llm;

namespace Grader.Api.ModelProviders;

/// <summary>
/// A provider's settings as the evaluation uses them: <c>Grader:Llm</c> overlaid, field by field, with what the
/// administration stored. A class rather than a record on purpose: its <see cref="Options"/> hold the API key in
/// clear, and a record's generated <c>ToString</c> would print them into any log line that formats this object.
/// </summary>
public sealed class EffectiveProviderSettings
{
    public required string Provider { get; init; }

    /// <summary>The options the pipeline is built from, API key included: never serialise, log or audit them.</summary>
    public required LlmOptions Options { get; init; }

    public string? EndpointSource { get; init; }

    public string? ModelSource { get; init; }

    public string? ApiKeySource { get; init; }

    /// <summary>The stored settings' revision; null when the administration stored nothing for this provider.</summary>
    public long? Revision { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The user id of the administrator who stored them.</summary>
    public string? UpdatedBy { get; init; }

    public bool HasApiKey => !string.IsNullOrWhiteSpace(Options.ApiKey);

    public override string ToString() => $"{Provider} (revision {Revision?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"})";
}
