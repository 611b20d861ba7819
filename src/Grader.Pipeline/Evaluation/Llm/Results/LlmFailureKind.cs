namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>Why a model call produced no usable result; the French reason goes with it.</summary>
public enum LlmFailureKind
{
    /// <summary>Every attempt ran out of time.</summary>
    Timeout,
    /// <summary>The provider answered with an error status after the retries (429, 5xx, 401…).</summary>
    Http,
    /// <summary>The model declined (its <c>refusal</c> field).</summary>
    Refusal,
    /// <summary>The provider's content filter stopped the answer.</summary>
    ContentFilter,
    /// <summary>The answer was not the JSON asked for, even after one repair attempt.</summary>
    MalformedOutput,
    /// <summary>The JSON parsed but broke the rules (level off the scale, unknown chunk id…) even after repair.</summary>
    InvalidOutput,
    /// <summary>The answer was cut by the token limit.</summary>
    Truncated,
    /// <summary>Anything else the connector reported.</summary>
    Other,
}
