using Grader.Pipeline.Rubrics;

namespace Grader.Api.Rubrics;

/// <summary>Configuration section <c>Grader:Rubrics</c>.</summary>
public sealed class RubricsOptions
{
    public const string SectionName = "Grader:Rubrics";

    /// <summary>The folder holding one sub-folder per rubric; found automatically when empty.</summary>
    public string? Path { get; set; }

    /// <summary>The rubric used when a request names none.</summary>
    public string DefaultRubric { get; set; } = RubricLocator.DefaultRubricId;
}
