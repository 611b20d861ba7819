using System.Globalization;
using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Evaluation.Offline;
using Grader.Pipeline.Evaluation.Orchestration;

namespace Grader.Pipeline.Calibration;

/// <summary>
/// One configuration a calibration runs: provider, model, endpoint, prompts folder, offline thresholds profile, samples
/// and rubric; null keeps what the configuration files say. Written on the command line as <c>clé=valeur</c> pairs
/// separated by « ; » or « , » (<c>--compare "prompts=prompts-v1" "prompts=prompts-v2"</c>).
/// </summary>
public sealed record CalibrationConfiguration(
    string? Provider = null,
    string? Model = null,
    string? Endpoint = null,
    string? Prompts = null,
    string? Thresholds = null,
    int Samples = 1,
    string? Rubric = null)
{
    public static readonly IReadOnlyList<string> Keys = ["provider", "model", "endpoint", "prompts", "thresholds", "samples", "rubric"];

    /// <summary>How the reports name it: the settings that differ from the configuration files, or « configuration par défaut ».</summary>
    public string Label
    {
        get
        {
            var parts = new List<string>();
            void Add(string key, string? value)
            {
                if (value is not null)
                {
                    parts.Add($"{key}={value}");
                }
            }

            Add("provider", Provider);
            Add("model", Model);
            Add("endpoint", Endpoint);
            Add("prompts", Prompts);
            Add("thresholds", Thresholds);
            Add("samples", Samples == 1 ? null : Samples.ToString(CultureInfo.InvariantCulture));
            Add("rubric", Rubric);
            return parts.Count == 0 ? "configuration par défaut" : string.Join(" ; ", parts);
        }
    }

    /// <summary>The settings this configuration overrides, as configuration keys (<c>Grader:Llm:Provider</c>…).</summary>
    public IReadOnlyDictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (Provider is not null)
        {
            settings[LlmOptions.SectionName + ":" + nameof(LlmOptions.Provider)] = Provider;
        }

        if (Model is not null)
        {
            settings[LlmOptions.SectionName + ":" + nameof(LlmOptions.Model)] = Model;
        }

        if (Endpoint is not null)
        {
            settings[LlmOptions.SectionName + ":" + nameof(LlmOptions.Endpoint)] = Endpoint;
        }

        if (Prompts is not null)
        {
            settings[LlmOptions.SectionName + ":" + nameof(LlmOptions.PromptsPath)] = Prompts;
        }

        if (Thresholds is not null)
        {
            settings[EvaluationOptions.SectionName + ":" + nameof(EvaluationOptions.OfflineThresholdsProfile)] = Thresholds;
        }

        return settings;
    }

    /// <summary>Reads <c>clé=valeur; clé=valeur</c> over <paramref name="defaults"/>; throws with a French message on a bad pair.</summary>
    public static CalibrationConfiguration Parse(string text, CalibrationConfiguration defaults)
    {
        var configuration = defaults;
        foreach (var part in text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == part.Length - 1)
            {
                throw Bad($"« {part} » n’est pas de la forme clé=valeur (clés : {string.Join(", ", Keys)}).");
            }

            var (key, value) = (part[..equals].Trim().ToLowerInvariant(), part[(equals + 1)..].Trim());
            configuration = key switch
            {
                "provider" or "fournisseur" => configuration with { Provider = CheckedProvider(value) },
                "model" or "modele" or "modèle" => configuration with { Model = value },
                "endpoint" => configuration with { Endpoint = value },
                "prompts" => configuration with { Prompts = value },
                "thresholds" or "seuils" => configuration with { Thresholds = value },
                "samples" or "tirages" => configuration with { Samples = CheckedSamples(value) },
                "rubric" or "referentiel" or "référentiel" => configuration with { Rubric = value },
                _ => throw Bad($"clé « {key} » inconnue dans « {text} » (clés : {string.Join(", ", Keys)})."),
            };
        }

        return configuration;
    }

    public static string CheckedProvider(string value)
    {
        var normalized = Providers.Normalize(value);
        return Providers.All.Contains(normalized)
            ? normalized
            : throw Bad($"fournisseur « {value} » inconnu : valeurs possibles {string.Join(", ", Providers.All)}.");
    }

    public static int CheckedSamples(string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var samples) && samples is >= 1 and <= EvaluationRequest.MaximumSamples
            ? samples
            : throw Bad($"le nombre de tirages doit être un entier entre 1 et {EvaluationRequest.MaximumSamples} (reçu « {value} »).");

    /// <summary>True when this configuration's levels come from the offline heuristics (no model, prompts unused).</summary>
    public bool IsOffline(string configuredProvider) => !Providers.UsesLanguageModel(Providers.Normalize(Provider ?? configuredProvider));

    private static EvaluationSetException Bad(string message) => new("bad-configuration", "Configuration invalide : " + message);
}

/// <summary>
/// Creates the evaluator of one calibration configuration; <paramref name="observer"/>, when given, is told the offline
/// evidence of every compétence (used by <c>--fit</c>). The caller disposes the evaluator.
/// </summary>
public delegate ICaseEvaluator CalibrationEvaluatorFactory(CalibrationConfiguration configuration, IOfflineEvidenceObserver? observer);
