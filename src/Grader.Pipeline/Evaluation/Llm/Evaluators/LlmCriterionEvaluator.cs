using System.Globalization;
using Grader.Pipeline.Evaluation.Prompts;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>Pre-assesses one compétence with the <c>evaluate-criterion</c> prompt.</summary>
public sealed class LlmCriterionEvaluator(StructuredPromptRunner runner) : ICriterionEvaluator
{
    public Task<EvaluationOutcome<CriterionJudgement>> EvaluateAsync(CriterionEvaluationRequest request, CancellationToken cancellationToken) =>
        runner.RunAsync<CriterionJudgement>(Call(request), judgement => Validate(judgement, request), cancellationToken);

    public Task<TokenBudget> EstimateAsync(CriterionEvaluationRequest request, CancellationToken cancellationToken) =>
        runner.EstimateAsync(Call(request), cancellationToken);

    internal static PromptCall Call(CriterionEvaluationRequest request, UntrustedDossierEnvelope? envelope = null)
    {
        envelope ??= UntrustedDossierEnvelope.CreateRandom();
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["epreuve"] = PromptInputFormatter.Epreuve(request.Epreuve),
            ["competence"] = PromptInputFormatter.Competence(request.Competence),
            ["criteria"] = PromptInputFormatter.Criteria(request.Competence),
            ["scale"] = PromptInputFormatter.Scale(request.Rubric.Scale),
            ["assessable"] = PromptInputFormatter.Assessable(request.Competence.Assessment),
            // evaluate-criterion 1.1.0 renders the whole section (nothing when there is no guidance); 1.0.0, kept to
            // reproduce earlier runs, only had a line for the consignes, « Aucune. » when absent.
            ["guidance"] = PromptInputFormatter.Guidance(request.Guidance, request.Rubric.Scale),
            ["guidelines"] = string.IsNullOrWhiteSpace(request.Guidance?.Guidelines) ? "Aucune." : request.Guidance.Guidelines.Trim(),
            ["ingestionFlags"] = PromptInputFormatter.Flags(request.Dossier.Flags),
            ["outline"] = PromptInputFormatter.Outline(request.Dossier.Outline, envelope),
            ["passages"] = envelope.Wrap(request.Passages),
        };
        return new PromptCall(PromptIds.EvaluateCriterion, variables, envelope, KeyParts(request.Dossier, request.Rubric, request.Sample));
    }

    internal static IReadOnlyList<string> KeyParts(DossierContext dossier, RubricContext rubric, int sample) =>
        [dossier.ContentHash, rubric.Version, rubric.Fingerprint, sample.ToString(CultureInfo.InvariantCulture)];

    private static List<string> Validate(CriterionJudgement judgement, CriterionEvaluationRequest request)
    {
        var problems = new List<string>();
        var scale = request.Rubric.Scale;
        if (scale.Find(judgement.Level) is null)
        {
            problems.Add($"le niveau {judgement.Level} n’est pas dans l’échelle ({string.Join(", ", scale.Levels.Select(l => l.Value))})");
        }

        if (string.IsNullOrWhiteSpace(judgement.Rationale))
        {
            problems.Add("la justification (rationale) est vide");
        }

        if (judgement.Confidence is < 0 or > 1 || double.IsNaN(judgement.Confidence))
        {
            problems.Add("confidence doit être comprise entre 0 et 1");
        }

        problems.AddRange(EvidenceRules.Check(judgement.Evidence, request.Passages));
        return problems;
    }
}
