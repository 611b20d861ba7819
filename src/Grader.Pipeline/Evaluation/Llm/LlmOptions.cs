using Providers = Grader.Pipeline.Evaluation.Model.Providers;
namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>
/// Which language model drafts the pre-assessment (configuration section <c>Grader:Llm</c>). The default is
/// <c>offline</c>: no model, no key, nothing leaves the machine.
/// </summary>
public sealed class LlmOptions
{
    public const string SectionName = "Grader:Llm";

    /// <summary><c>offline</c>, <c>azure-openai</c>, <c>openai</c> or <c>openai-compatible</c>.</summary>
    public string Provider { get; set; } = Providers.Offline;

    /// <summary>Azure resource URL, or for OpenAI-compatible servers the base URL ending in <c>/v1</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Model name; on Azure, the deployment name.</summary>
    public string? Model { get; set; }

    /// <summary>Required except for OpenAI-compatible servers; on Azure, empty means Entra ID (DefaultAzureCredential).</summary>
    public string? ApiKey { get; set; }

    /// <summary>0 by default so that the same dossier gets the same draft.</summary>
    public double Temperature { get; set; }

    /// <summary>Calls to the provider in flight at once, across all criteria.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Time allowed to one HTTP attempt; a slow attempt is retried like a 503.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Retries after 429, 5xx, network errors or a timed-out attempt, with exponential backoff.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay; later ones double, with jitter, unless the server sends Retry-After.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Overrides the prompts folder; otherwise <see cref="Prompts.PromptLocator"/> finds it.</summary>
    public string? PromptsPath { get; set; }

    /// <summary>
    /// Pins prompts to a kept version, by prompt id (<c>Grader:Llm:PromptVersions:evaluate-criterion</c> = <c>1.0.0</c>),
    /// to reproduce an earlier run or compare two versions; a prompt not named here uses its current version.
    /// </summary>
    public Dictionary<string, string> PromptVersions { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Keep model results in SQLite under the data folder so that re-running costs nothing.</summary>
    public bool CacheEnabled { get; set; } = true;
}
