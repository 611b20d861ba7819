using Grader.Pipeline.Evaluation.Prompts;
using Grader.Pipeline.Indexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Providers = Grader.Pipeline.Evaluation.Model.Providers;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>
/// Registers the language-model side from <c>Grader:Llm</c>: options and their validation always, and the
/// <c>Llm*</c> evaluators when a model provider is configured. For <c>offline</c> nothing model-related is
/// registered: the orchestrator registers the offline evaluators behind the same interfaces.
/// </summary>
public static class LlmServiceCollectionExtensions
{
    public static IServiceCollection AddGraderLlm(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LlmOptions>().Bind(configuration.GetSection(LlmOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());

        var provider = Providers.Normalize(configuration.GetSection(LlmOptions.SectionName)[nameof(LlmOptions.Provider)] ?? Providers.Offline);
        if (provider == Providers.Offline)
        {
            return services;
        }

        services.TryAddSingleton<ITokenCounter, O200kTokenCounter>();
        services.TryAddSingleton(sp => PromptLibrary.Load(PromptLocator.FindPromptsRoot(sp.GetRequiredService<IOptions<LlmOptions>>().Value.PromptsPath)));
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<LlmOptions>>().Value;
            var dataDirectory = sp.GetService<IOptions<IndexOptions>>()?.Value.DataDirectory ?? "data";
            ILlmResultCache? cache = options.CacheEnabled
                ? new SqliteLlmResultCache(Path.Combine(Path.GetFullPath(dataDirectory), SqliteLlmResultCache.DefaultFileName))
                : null;
            return new StructuredPromptRunner(
                LlmKernelFactory.Create(options), sp.GetRequiredService<PromptLibrary>(), options, cache, sp.GetRequiredService<ITokenCounter>());
        });
        services.TryAddSingleton<ICriterionEvaluator, LlmCriterionEvaluator>();
        services.TryAddSingleton<IDeliverablesChecker, LlmDeliverablesChecker>();
        services.TryAddSingleton<IFeedbackDrafter, LlmFeedbackDrafter>();
        services.TryAddSingleton<IOralQuestionDrafter, LlmOralQuestionDrafter>();
        return services;
    }
}
