using System.Reflection;
using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>
/// Stage six: puts the parts together into the <see cref="PreAssessment"/> of the contract — notice, flags
/// (the documents' first, then each compétence's), overall feedback, and provenance down to prompt hashes,
/// rubric fingerprint, stage timings and tokens.
/// </summary>
public static class PreAssessmentAssembler
{
    public static PreAssessment Assemble(AssemblyInput input)
    {
        var usesModel = Providers.UsesLanguageModel(input.Provider);
        var model = usesModel ? input.Llm.Model : null;
        var criteria = input.Criteria.Select(c => c.Assessment).ToList();
        var prompts = input.Criteria.SelectMany(c => c.Prompts)
            .Concat(input.Deliverables.Ledger.Prompts)
            .Distinct()
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => new PromptReference(p.Id, p.Version, p.Sha256))
            .ToList();
        var tokens = input.Criteria.Select(c => new CriterionTokens(c.Assessment.Code, c.Tokens))
            .Append(new CriterionTokens("livrables", input.Deliverables.Ledger.Tokens))
            .ToList();
        var assessment = new PreAssessment
        {
            Epreuve = input.Epreuve.Id,
            EpreuveSourceCode = input.Epreuve.SourceCode,
            EpreuveTitle = input.Epreuve.Title,
            RubricId = input.Rubric.Id,
            RubricVersion = input.Rubric.Version,
            RubricFingerprint = input.RubricContext.Fingerprint,
            Provider = input.Provider,
            LanguageModelUsed = usesModel,
            Notice = AssessmentNotices.For(input.Provider, model),
            Dossier = DossierDescription.From(input.Dossier.Documents),
            Criteria = criteria,
            Deliverables = input.Deliverables.Deliverables,
            Flags = input.Dossier.Flags.Concat(input.Deliverables.Flags).ToList(),
            CandidateFeedback = CandidateFeedbackComposer.Compose(criteria),
            Provenance = new Provenance
            {
                // Null offline, as the model says: the heuristics are traced by their « offline-* » prompt references and version.
                Model = usesModel ? input.Criteria.Select(c => c.Model).FirstOrDefault(m => m is not null) ?? model : null,
                ModelSettings = new ModelSettings
                {
                    Temperature = usesModel ? input.Llm.Temperature : null,
                    Samples = input.Samples,
                    MaxConcurrency = usesModel ? input.Llm.MaxConcurrency : null,
                },
                Prompts = prompts,
                RubricVersion = input.Rubric.Version,
                RubricFingerprint = input.RubricContext.Fingerprint,
                Guidelines = usesModel ? input.Guidelines : null,
                StartedAt = input.StartedAt,
                Duration = input.Duration,
                Timings = input.Timings,
                Tokens = new TokenReport(tokens),
                GraderVersion = GraderVersion,
            },
        };
        return OverallFlags.Refresh(assessment);
    }

    private static readonly string GraderVersion =
        typeof(PreAssessmentAssembler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
