using System.Diagnostics;
using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Evaluation.Verification;
using Grader.Pipeline.Indexing;
using Grader.Pipeline.Indexing.Queries;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Guidelines;
using Microsoft.Extensions.Options;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>
/// Drafts the pre-assessment of one épreuve for one dossier: prepare the dossier, assess every compétence
/// (concurrently, within the configured limit), check the deliverables, assemble. Each stage is its own
/// class; this one only sequences them. With <see cref="EvaluationRequest.DryRun"/> it stops after
/// retrieval and returns the token budget, having called no provider.
/// </summary>
public sealed class PreAssessmentService(
    DossierPreparer preparer,
    DossierIndexer indexer,
    CriterionAssessor criteria,
    DeliverablesAssessor deliverables,
    DryRunEstimator estimator,
    IOptions<LlmOptions> llm,
    IOptions<EvaluationOptions> options)
{
    public async Task<EvaluationResult> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken)
    {
        if (request.Samples is < 1 or > EvaluationRequest.MaximumSamples)
        {
            throw new EvaluationException("bad-samples", $"Le nombre de tirages (--samples) doit être compris entre 1 et {EvaluationRequest.MaximumSamples}.");
        }

        var startedAt = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        var epreuve = EpreuveResolver.Resolve(request.Rubric, request.Epreuve, request.Bloc);
        var competences = CompetencesOf(request.Rubric, epreuve);
        var provider = Providers.Normalize(llm.Value.Provider);
        var offline = !Providers.UsesLanguageModel(provider);
        var timer = new StageTimer();
        var dossier = await preparer.PrepareAsync(request.Files, timer, cancellationToken, request.IndexKey);

        var privacy = new ProviderPrivacy(!offline, request.Candidate);
        var rubricContext = new RubricContext(request.Rubric.Version, RubricFingerprint.Compute(request.Rubric), request.Rubric.Scale, RubricFolders.Of(request.Rubric));
        var guidelines = offline ? null : GuidelinesFor(request);
        var scope = new CriterionScope(
            epreuve, rubricContext, privacy.Protect(dossier.Context), request.Samples, offline, privacy, new EvidencePolicy(dossier.Verifier, request.Rubric.Scale), guidelines);
        var retriever = new EvidenceRetriever(indexer, CompetenceQueryBuilder.ForRubric(request.Rubric));

        if (request.DryRun)
        {
            return new EvaluationResult(null, await EstimateAsync(scope, competences, retriever, dossier, provider, cancellationToken));
        }

        var runs = new CriterionRun[competences.Count];
        var done = 0;
        request.Progress?.Report(new EvaluationProgress(0, competences.Count));
        var wall = Stopwatch.GetTimestamp();
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = offline ? Math.Max(1, options.Value.OfflineConcurrency) : Math.Max(1, llm.Value.MaxConcurrency),
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(Enumerable.Range(0, competences.Count), parallel, async (i, ct) =>
        {
            runs[i] = await criteria.AssessAsync(scope, competences[i], retriever, dossier, options.Value.PassagesPerCompetence, timer, ct);
            // Compétences finish in any order: the count, not the index, is the progress.
            request.Progress?.Report(new EvaluationProgress(Interlocked.Increment(ref done), competences.Count));
        });
        timer.Add("criteria-wall", Stopwatch.GetElapsedTime(wall));

        var checkedDeliverables = await deliverables.AssessAsync(scope, retriever, dossier, options.Value.PassagesPerDeliverable, timer, cancellationToken);
        var assembled = PreAssessmentAssembler.Assemble(new AssemblyInput(
            request.Rubric, rubricContext, epreuve, provider, llm.Value, request.Samples, dossier, runs, checkedDeliverables,
            startedAt, Stopwatch.GetElapsedTime(started), timer.Timings,
            guidelines is { IsEmpty: false } ? new GuidelinesReference(guidelines.Version, GuidelinesFingerprint.Compute(guidelines)) : null));
        return new EvaluationResult(assembled, null);
    }

    private async Task<DryRunBudget> EstimateAsync(
        CriterionScope scope, IReadOnlyList<Competence> competences, EvidenceRetriever retriever, PreparedDossier dossier, string provider, CancellationToken cancellationToken)
    {
        var budgets = new List<CompetenceBudget>();
        foreach (var competence in competences)
        {
            var hits = await retriever.ForCompetenceAsync(dossier.DossierId, competence, options.Value.PassagesPerCompetence, cancellationToken);
            budgets.Add(await estimator.ForCompetenceAsync(scope, competence, scope.Privacy.Protect(hits), cancellationToken));
        }

        var deliverableHits = await retriever.ForDeliverablesAsync(dossier.DossierId, scope.Epreuve, options.Value.PassagesPerDeliverable, cancellationToken);
        var forDeliverables = await estimator.ForDeliverablesAsync(scope, scope.Privacy.Protect(deliverableHits), cancellationToken);
        return new DryRunBudget(scope.Epreuve.Id, provider, scope.Offline ? null : llm.Value.Model, scope.Samples, budgets, forDeliverables);
    }

    // The offline evaluator reads no consignes, so they are neither loaded nor recorded for it.
    private static GuidelineSet GuidelinesFor(EvaluationRequest request) =>
        request.Guidelines ?? GuidelinesLoader.LoadLatestValid(GuidelinesLoader.FolderBeside(request.Rubric), new RubricIndex(request.Rubric));

    private static List<Competence> CompetencesOf(Rubric rubric, Epreuve epreuve)
    {
        var all = rubric.Competences.ToDictionary(c => c.Id, StringComparer.Ordinal);
        return epreuve.CompetenceIds.Where(all.ContainsKey).Select(id => all[id]).ToList();
    }
}
