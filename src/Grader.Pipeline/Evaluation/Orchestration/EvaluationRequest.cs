using Grader.Pipeline.Privacy;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Guidelines;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>
/// One pre-assessment to draft: the files that form the dossier (written dossier, visual support,
/// dashboard…), the épreuve by id or source code, or the bloc whose épreuve it is, and the candidate's identity
/// as given at upload (what the privacy stage replaces first).
/// </summary>
/// <param name="Samples">Draws per compétence (self-consistency); 1 by default.</param>
/// <param name="DryRun">Estimate the token budget without calling any provider.</param>
/// <param name="IndexKey">
/// The key the dossier's passages are indexed under. By default it is derived from the content, so the command line
/// reuses an index across runs; the service passes its own dossier id, so that erasing a dossier erases its passages
/// and two candidates who upload the same file never share them.
/// </param>
/// <param name="Guidelines">
/// The pedagogical team's correction guidelines and anchors to give the prompts. Null: the version in force in the
/// rubric's own <c>guidelines/</c> folder (none when it has none); <see cref="GuidelineSet.None"/> to run without any.
/// </param>
/// <param name="Progress">Told when the dossier is ready and after each compétence (a background job shows it to the user); optional.</param>
public sealed record EvaluationRequest(
    Rubric Rubric,
    IReadOnlyList<string> Files,
    string? Epreuve = null,
    int? Bloc = null,
    CandidateIdentity? Candidate = null,
    int Samples = 1,
    bool DryRun = false,
    IProgress<EvaluationProgress>? Progress = null,
    string? IndexKey = null,
    GuidelineSet? Guidelines = null)
{
    public const int MaximumSamples = 10;
}
