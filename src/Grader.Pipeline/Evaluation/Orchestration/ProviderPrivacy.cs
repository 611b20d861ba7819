using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Indexing;
using Grader.Pipeline.Privacy;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>
/// The privacy boundary of one evaluation: with a model provider, every text bound for it (passages, outline,
/// flags, findings) is pseudonymised, and what comes back is restored for the juror; offline, nothing leaves
/// the machine and the texts pass unchanged.
/// </summary>
public sealed class ProviderPrivacy
{
    private readonly Pseudonymizer? pseudonymizer;

    public ProviderPrivacy(bool usesProvider, CandidateIdentity? candidate)
    {
        pseudonymizer = usesProvider ? new Pseudonymizer(new PrivacyScope(candidate ?? CandidateIdentity.None)) : null;
    }

    public string Protect(string text) => pseudonymizer?.Pseudonymize(text) ?? text;

    public IReadOnlyList<SearchHit> Protect(IReadOnlyList<SearchHit> hits) =>
        pseudonymizer is null
            ? hits
            : hits.Select(h => h with { Text = Protect(h.Text), SectionPath = Protect(h.SectionPath) }).ToList();

    public DossierContext Protect(DossierContext context) =>
        pseudonymizer is null
            ? context
            : context with
            {
                Outline = context.Outline.Select(h => h with { Title = Protect(h.Title) }).ToList(),
                Flags = context.Flags.Select(f => f with { Detail = Protect(f.Detail) }).ToList(),
            };

    public IReadOnlyList<string> Protect(IReadOnlyList<string> texts) =>
        pseudonymizer is null ? texts : texts.Select(Protect).ToList();

    public CriterionAssessment Restore(CriterionAssessment assessment) =>
        pseudonymizer is null ? assessment : PreAssessmentRestorer.Restore(assessment, pseudonymizer);

    public DeliverableAssessment Restore(DeliverableAssessment deliverable) =>
        pseudonymizer is null ? deliverable : PreAssessmentRestorer.Restore(deliverable, pseudonymizer);

    public string Restore(string text) => pseudonymizer?.Depseudonymize(text) ?? text;
}
