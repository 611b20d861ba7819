using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Indexing;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>
/// A compétence only the soutenance can judge: no level from the writing, a note saying so, and questions for
/// the oral (the passages retrieved help to anchor them in the candidate's own mission).
/// </summary>
public sealed class OralOnlyCriterionAssessor(IOralQuestionDrafter questions)
{
    public const string Note = "Compétence appréciée uniquement à l’oral\u00A0: aucun niveau n’est proposé à partir du dossier écrit. Questions suggérées pour la soutenance ci-dessous.";

    public async Task<CriterionAssessment> AssessAsync(CriterionScope scope, Competence competence, IReadOnlyList<SearchHit> passages, OutcomeLedger ledger, CancellationToken cancellationToken)
    {
        var request = new OralQuestionsRequest(scope.Epreuve, competence, scope.Rubric, scope.ProtectedDossier, [], passages);
        var outcome = ledger.Record(await questions.DraftAsync(request, cancellationToken));
        var assessment = new CriterionAssessment
        {
            Code = competence.SourceCode,
            CompetenceId = competence.Id,
            Assessable = Assessable.Oral,
            Rationale = Note,
            Feedback = "Cette compétence sera appréciée lors de la soutenance orale.",
            OralQuestions = outcome.Value?.Questions.Select(q => q.Question).ToList() ?? [],
        };
        return outcome.Failure is { } failure
            ? assessment.WithFlags([CriterionFlags.PartFailed(competence.SourceCode, "Questions pour la soutenance", failure.Reason)])
            : assessment;
    }
}
