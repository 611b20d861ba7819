using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Offline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>
/// Registers the evaluation stage from configuration: the language-model side when <c>Grader:Llm:Provider</c>
/// names a provider, otherwise the offline evaluators behind the same four interfaces — never both, so a
/// failing model can never be silently replaced by heuristics. Needs ingestion, chunking and indexing registered.
/// </summary>
public static class EvaluationServiceCollectionExtensions
{
    public static IServiceCollection AddGraderEvaluation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EvaluationOptions>().Bind(configuration.GetSection(EvaluationOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EvaluationOptions>, EvaluationOptionsValidator>());
        services.AddGraderLlm(configuration);

        // AddGraderLlm registered nothing for offline: the offline evaluators fill the interfaces.
        services.TryAddSingleton(OfflineThresholds.Default);
        services.TryAddSingleton<OfflineThresholdsSource>();
        services.TryAddSingleton<ICriterionEvaluator, OfflineCriterionEvaluator>();
        services.TryAddSingleton<IDeliverablesChecker, OfflineDeliverablesChecker>();
        services.TryAddSingleton<IFeedbackDrafter, OfflineFeedbackDrafter>();
        services.TryAddSingleton<IOralQuestionDrafter, OfflineOralQuestionDrafter>();

        services.TryAddSingleton<DossierPreparer>();
        services.TryAddSingleton<WrittenCriterionAssessor>();
        services.TryAddSingleton<OralOnlyCriterionAssessor>();
        services.TryAddSingleton<CriterionAssessor>();
        services.TryAddSingleton<DeliverablesAssessor>();
        services.TryAddSingleton<DryRunEstimator>();
        services.TryAddSingleton<PreAssessmentService>();
        return services;
    }
}
