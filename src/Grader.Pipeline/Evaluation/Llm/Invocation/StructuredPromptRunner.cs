using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Grader.Pipeline.Evaluation.Prompts;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using Providers = Grader.Pipeline.Evaluation.Model.Providers;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>
/// Runs a prompt function for a structured answer: renders it, serves it from the cache when the same call
/// was already paid for, otherwise asks the model with a strict JSON schema derived from the result type,
/// validates the answer, repairs once, and turns every failure into a typed <see cref="LlmFailure"/> with a
/// French reason. It never falls back to anything else: a failed call is reported as failed.
/// </summary>
public sealed class StructuredPromptRunner : IDisposable
{
    private const int FallbackMaxTokens = 1500;

    private readonly Kernel kernel;
    private readonly PromptLibrary prompts;
    private readonly LlmOptions options;
    private readonly ILlmResultCache? cache;
    private readonly ITokenCounter tokens;
    private readonly SemaphoreSlim gate;
    private readonly Dictionary<string, KernelFunction> functions;
    private readonly KernelPromptTemplateFactory templates = new();

    public StructuredPromptRunner(Kernel kernel, PromptLibrary prompts, LlmOptions options, ILlmResultCache? cache, ITokenCounter tokens)
    {
        this.kernel = kernel;
        this.prompts = prompts;
        this.options = options;
        this.cache = cache;
        this.tokens = tokens;
        gate = new SemaphoreSlim(Math.Max(1, options.MaxConcurrency));
        functions = prompts.All.Select(p => Resolve(p.Id)).ToDictionary(p => p.Id, p => p.CreateFunction(), StringComparer.Ordinal);
    }

    public void Dispose() => gate.Dispose();

    public string Provider => Providers.Normalize(options.Provider);

    public string Model => options.Model ?? string.Empty;

    public PromptProvenance Provenance(string promptId) => Resolve(promptId).Provenance;

    /// <summary>The prompt's version in use: the one <see cref="LlmOptions.PromptVersions"/> pins, else the current one.</summary>
    private PromptDefinition Resolve(string promptId) =>
        prompts.Get(promptId, options.PromptVersions.TryGetValue(promptId, out var version) ? version : null);

    /// <summary>The rendered prompt's tokens and the prompt's output ceiling, without calling the model.</summary>
    public async Task<TokenBudget> EstimateAsync(PromptCall call, CancellationToken cancellationToken)
    {
        var definition = Resolve(call.PromptId);
        var rendered = await RenderAsync(definition, Arguments(call, correction: string.Empty), cancellationToken);
        return new TokenBudget(call.PromptId, tokens.Count(rendered), MaxTokens(definition));
    }

    /// <param name="validate">The caller's rules; each problem is a French phrase shown to the model on repair.</param>
    public async Task<EvaluationOutcome<TResult>> RunAsync<TResult>(
        PromptCall call, Func<TResult, IReadOnlyList<string>> validate, CancellationToken cancellationToken)
        where TResult : class
    {
        var stopwatch = Stopwatch.StartNew();
        var definition = Resolve(call.PromptId);
        var rendered = await RenderAsync(definition, Arguments(call, correction: string.Empty), cancellationToken);
        var key = LlmCacheKey.Compute(KeyParts<TResult>(call, definition), rendered, call.Envelope.Nonce);

        if (cache is not null && await cache.GetAsync(key, cancellationToken) is { } cached)
        {
            var (value, problems, _) = StructuredAnswerParser.Parse(cached.Json, validate);
            if (value is not null && problems.Count == 0)
            {
                return Outcome(value, null, definition, cached.Usage, fromCache: true, attempts: 0, stopwatch);
            }
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            return await AskAsync(call, definition, key, validate, stopwatch, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<EvaluationOutcome<TResult>> AskAsync<TResult>(
        PromptCall call, PromptDefinition definition, string key, Func<TResult, IReadOnlyList<string>> validate,
        Stopwatch stopwatch, CancellationToken cancellationToken)
        where TResult : class
    {
        var usage = TokenUsage.None;
        var correction = string.Empty;
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            ModelAnswer answer;
            try
            {
                answer = await InvokeAsync<TResult>(call, definition, correction, cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && LlmExceptionClassifier.Classify(exception, options) is { } failure)
            {
                return Outcome<TResult>(null, failure, definition, usage, fromCache: false, attempt, stopwatch);
            }

            usage = usage.Add(answer.Usage);
            if (Stopped(answer) is { } stop)
            {
                return Outcome<TResult>(null, stop, definition, usage, fromCache: false, attempt, stopwatch);
            }

            var (value, problems, malformed) = StructuredAnswerParser.Parse(answer.Content, validate);
            if (value is not null)
            {
                if (cache is not null)
                {
                    var json = JsonSerializer.Serialize(value, StructuredAnswerParser.SerializerOptions);
                    await cache.PutAsync(key, new CachedLlmResult(call.PromptId, Model, json, usage), cancellationToken);
                }

                return Outcome(value, null, definition, usage, fromCache: false, attempt, stopwatch);
            }

            if (attempt == 2)
            {
                var kind = malformed ? LlmFailureKind.MalformedOutput : LlmFailureKind.InvalidOutput;
                var reason = $"Réponse du modèle inutilisable après une seconde tentative : {string.Join(" ; ", problems)}.";
                return Outcome<TResult>(null, new LlmFailure(kind, reason), definition, usage, fromCache: false, attempt, stopwatch);
            }

            correction = RepairInstruction(problems);
        }

        throw new UnreachableException();
    }

    private async Task<ModelAnswer> InvokeAsync<TResult>(PromptCall call, PromptDefinition definition, string correction, CancellationToken cancellationToken)
    {
        var arguments = Arguments(call, correction);
        arguments.ExecutionSettings = new Dictionary<string, PromptExecutionSettings>
        {
            [PromptExecutionSettings.DefaultServiceId] = new OpenAIPromptExecutionSettings
            {
                Temperature = options.Temperature,
                MaxTokens = MaxTokens(definition),
                // Semantic Kernel derives a strict JSON schema from the type and sends it as response_format.
                ResponseFormat = typeof(TResult),
            },
        };
        var result = await kernel.InvokeAsync(functions[definition.Id], arguments, cancellationToken);
        var message = result.GetValue<ChatMessageContent>()
            ?? throw new InvalidOperationException("Le connecteur n’a renvoyé aucun message.");
        return ModelAnswer.From(message);
    }

    private static LlmFailure? Stopped(ModelAnswer answer)
    {
        if (!string.IsNullOrWhiteSpace(answer.Refusal))
        {
            return new LlmFailure(LlmFailureKind.Refusal, $"Le modèle a refusé de répondre : « {answer.Refusal} ».");
        }

        if (answer.StoppedByContentFilter)
        {
            return new LlmFailure(LlmFailureKind.ContentFilter, "Le filtre de contenu du fournisseur a interrompu la réponse ; le critère doit être évalué par le jury.");
        }

        return answer.Truncated
            ? new LlmFailure(LlmFailureKind.Truncated, "La réponse du modèle a été coupée par la limite de jetons (max_tokens du prompt) ; augmentez-la dans config.json.")
            : null;
    }

    private static string RepairInstruction(IReadOnlyList<string> problems) =>
        "\nCORRECTION : ta réponse précédente n’a pas pu être utilisée ("
        + string.Join(" ; ", problems)
        + "). Réponds de nouveau, uniquement avec l’objet JSON demandé, en respectant le schéma et les règles.";

    private static KernelArguments Arguments(PromptCall call, string correction)
    {
        var arguments = new KernelArguments();
        foreach (var (name, value) in call.Variables)
        {
            arguments[name] = value;
        }

        arguments["dossierOpen"] = call.Envelope.Open;
        arguments["dossierClose"] = call.Envelope.Close;
        arguments["correction"] = correction;
        return arguments;
    }

    private async Task<string> RenderAsync(PromptDefinition definition, KernelArguments arguments, CancellationToken cancellationToken) =>
        await templates.Create(definition.Config).RenderAsync(kernel, arguments, cancellationToken);

    private static int MaxTokens(PromptDefinition definition) => definition.DefaultMaxTokens ?? FallbackMaxTokens;

    private IEnumerable<string> KeyParts<TResult>(PromptCall call, PromptDefinition definition) =>
        call.KeyParts.Concat(
        [
            definition.Provenance.Sha256,
            Provider,
            options.Endpoint ?? string.Empty,
            Model,
            options.Temperature.ToString("R", CultureInfo.InvariantCulture),
            MaxTokens(definition).ToString(CultureInfo.InvariantCulture),
            typeof(TResult).FullName ?? typeof(TResult).Name,
        ]);

    private EvaluationOutcome<TResult> Outcome<TResult>(
        TResult? value, LlmFailure? failure, PromptDefinition definition, TokenUsage usage, bool fromCache, int attempts, Stopwatch stopwatch)
        where TResult : class =>
        new(value, failure, Provider, Model, definition.Provenance, usage, fromCache, attempts, stopwatch.Elapsed);
}
