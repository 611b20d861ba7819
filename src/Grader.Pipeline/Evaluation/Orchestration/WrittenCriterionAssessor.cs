using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Model;
using EvidenceQuote = Grader.Pipeline.Evaluation.Model.EvidenceQuote;
using Grader.Pipeline.Indexing;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>
/// A compétence the writing can show: N draws of the evaluator (self-consistency), then questions on its weak
/// points and a feedback draft. A compétence whose every draw failed is reported failed with the reason; there
/// is no fallback to another evaluator.
/// </summary>
public sealed class WrittenCriterionAssessor(ICriterionEvaluator evaluator, IOralQuestionDrafter questions, IFeedbackDrafter feedback)
{
    /// <summary>
    /// The feedback draft builds on the findings, which already say what was found where: its best passages are
    /// enough to keep it concrete, and the whole set would double the épreuve's input tokens.
    /// </summary>
    public const int FeedbackPassages = 2;

    public async Task<CriterionAssessment> AssessAsync(CriterionScope scope, Competence competence, IReadOnlyList<SearchHit> passages, OutcomeLedger ledger, CancellationToken cancellationToken)
    {
        var code = competence.SourceCode;
        var assessable = competence.Assessment.Mode.ToAssessable();
        var requests = Enumerable.Range(0, scope.Samples)
            .Select(sample => new CriterionEvaluationRequest(scope.Epreuve, competence, scope.Rubric, scope.ProtectedDossier, passages, scope.GuidanceFor(competence), sample))
            .ToList();
        ledger.Estimated(await evaluator.EstimateAsync(requests[0], cancellationToken), scope.Samples);
        var outcomes = await Task.WhenAll(requests.Select(r => evaluator.EvaluateAsync(r, cancellationToken)));
        foreach (var outcome in outcomes)
        {
            ledger.Record(outcome);
        }

        var draws = outcomes.Where(o => o.Succeeded).Select(o => o.Value!).ToList();
        if (draws.Count == 0)
        {
            var reason = outcomes.Select(o => o.Failure?.Reason).FirstOrDefault(r => r is not null) ?? "aucune réponse exploitable";
            return CriterionAssessment.FailedFor(code, competence.Id, assessable, reason);
        }

        var aggregate = SampleAggregate.From(draws);
        var judgement = aggregate.Representative;
        var flags = new List<AssessmentFlag>();
        if (scope.Offline)
        {
            flags.Add(CriterionFlags.Heuristic(code, oralOnly: false));
        }

        if (aggregate.Disagrees)
        {
            flags.Add(CriterionFlags.LowConfidence(code, aggregate.Levels));
        }

        if (draws.Any(d => d.InjectionSuspected))
        {
            flags.Add(CriterionFlags.InjectionReported(code, draws.First(d => d.InjectionSuspected).InjectionNote));
        }

        var oralQuestions = judgement.OralQuestions.ToList();
        if (oralQuestions.Count == 0 && judgement.Missing.Count > 0)
        {
            var asked = ledger.Record(await questions.DraftAsync(
                new OralQuestionsRequest(scope.Epreuve, competence, scope.Rubric, scope.ProtectedDossier, judgement.Missing, passages), cancellationToken));
            oralQuestions.AddRange(asked.Value?.Questions.Select(q => q.Question) ?? []);
            if (asked.Failure is { } failure)
            {
                flags.Add(CriterionFlags.PartFailed(code, "Questions pour la soutenance", failure.Reason));
            }
        }

        var findings = judgement.Rationale + (judgement.Missing.Count == 0 ? "" : "\nManques\u00A0: " + string.Join(" ; ", judgement.Missing));
        var drafted = ledger.Record(await feedback.DraftAsync(
            new FeedbackDraftRequest(scope.Epreuve, competence, scope.Rubric, scope.ProtectedDossier, findings, passages.Take(FeedbackPassages).ToList()), cancellationToken));
        if (drafted.Failure is { } feedbackFailure)
        {
            flags.Add(CriterionFlags.PartFailed(code, "Retour au candidat", feedbackFailure.Reason));
        }

        return new CriterionAssessment
        {
            Code = code,
            CompetenceId = competence.Id,
            Assessable = assessable,
            Level = aggregate.Level,
            Confidence = Math.Clamp(aggregate.Confidence, 0, 1),
            Rationale = judgement.Rationale,
            Evidence = judgement.Evidence.Select(q => EvidenceQuote.Proposed(q.Quote, q.ChunkId)).ToList(),
            Missing = judgement.Missing,
            Feedback = drafted.Value is { } draft ? FeedbackText.Render(draft) : "",
            OralQuestions = oralQuestions,
            Samples = scope.Samples > 1 ? aggregate.Levels : null,
            Flags = flags,
        };
    }
}
