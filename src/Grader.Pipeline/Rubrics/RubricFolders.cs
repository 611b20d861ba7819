namespace Grader.Pipeline.Rubrics;

/// <summary>Where a loaded rubric lives on disk: <see cref="Rubric.Path"/> is its folder or its rubric.yaml.</summary>
public static class RubricFolders
{
    public static string Of(Rubric rubric) =>
        Directory.Exists(rubric.Path) ? rubric.Path : Path.GetDirectoryName(Path.GetFullPath(rubric.Path)) ?? ".";
}
