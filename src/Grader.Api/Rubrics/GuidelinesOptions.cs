namespace Grader.Api.Rubrics;

/// <summary>Configuration section <c>Grader:Guidelines</c>: where the pedagogical team's guidelines versions are kept.</summary>
public sealed class GuidelinesOptions
{
    public const string SectionName = "Grader:Guidelines";

    /// <summary>
    /// The folder holding <c>&lt;rubric id&gt;/guidelines/&lt;version&gt;.yaml</c>; empty: the rubrics folder itself, so the
    /// guidelines sit beside each référentiel. Point it at a writable folder when the rubrics are installed read-only.
    /// </summary>
    public string? Directory { get; set; }
}
