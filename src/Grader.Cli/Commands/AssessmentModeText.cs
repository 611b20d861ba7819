using Grader.Pipeline.Rubrics;

namespace Grader.Cli.Commands;

/// <summary>French wording of how a compétence is assessed.</summary>
internal static class AssessmentModeText
{
    public static string Short(AssessmentMode mode) => mode switch
    {
        AssessmentMode.Written => "écrit",
        AssessmentMode.Oral => "oral",
        _ => "écrit+oral",
    };

    public static string Long(AssessmentMode mode) => mode switch
    {
        AssessmentMode.Written => "sur le dossier écrit",
        AssessmentMode.Oral => "uniquement à l’oral (soutenance)",
        _ => "sur le dossier écrit et à l’oral",
    };
}
