using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.SemanticKernel;

namespace Grader.Pipeline.Evaluation.Prompts;

/// <summary>
/// The prompt functions of a <c>prompts/</c> folder, read once: each sub-folder holds <c>skprompt.txt</c> and
/// <c>config.json</c> (Semantic Kernel's layout plus a <c>"version"</c>), so pedagogical teams edit prompts
/// without recompiling and every output records which exact files produced it.
/// </summary>
public sealed class PromptLibrary
{
    private const string TemplateFile = "skprompt.txt";
    private const string ConfigFile = "config.json";

    private readonly Dictionary<string, PromptDefinition> prompts;

    private PromptLibrary(string root, Dictionary<string, PromptDefinition> prompts)
    {
        Root = root;
        this.prompts = prompts;
    }

    public string Root { get; }

    public IReadOnlyCollection<PromptDefinition> All => prompts.Values;

    /// <summary>Loads every prompt folder under <paramref name="root"/> and checks the evaluation's ones are there.</summary>
    public static PromptLibrary Load(string root)
    {
        var loaded = new Dictionary<string, PromptDefinition>(StringComparer.Ordinal);
        foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(folder, TemplateFile)))
            {
                var definition = LoadFolder(folder);
                loaded[definition.Id] = definition;
            }
        }

        var missing = PromptIds.All.Where(id => !loaded.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            throw new PromptException(
                "prompt-missing",
                $"Prompts manquants dans {root} : {string.Join(", ", missing)}. Chaque prompt est un dossier avec {TemplateFile} et {ConfigFile}.");
        }

        return new PromptLibrary(Path.GetFullPath(root), loaded);
    }

    public PromptDefinition Get(string id) =>
        prompts.TryGetValue(id, out var definition)
            ? definition
            : throw new PromptException("prompt-missing", $"Prompt « {id} » introuvable dans {Root}.");

    private static PromptDefinition LoadFolder(string folder)
    {
        var id = Path.GetFileName(folder);
        var configPath = Path.Combine(folder, ConfigFile);
        if (!File.Exists(configPath))
        {
            throw new PromptException("prompt-invalid", $"Le prompt « {id} » n’a pas de {ConfigFile} ({configPath}).");
        }

        var templateBytes = File.ReadAllBytes(Path.Combine(folder, TemplateFile));
        var configBytes = File.ReadAllBytes(configPath);
        var configJson = System.Text.Encoding.UTF8.GetString(configBytes);

        PromptTemplateConfig config;
        string version;
        try
        {
            config = PromptTemplateConfig.FromJson(configJson);
            version = ReadVersion(configJson);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or InvalidOperationException)
        {
            throw new PromptException("prompt-invalid", $"{configPath} n’est pas un config.json de Semantic Kernel valide : {exception.Message}", exception);
        }

        if (string.IsNullOrWhiteSpace(version))
        {
            throw new PromptException("prompt-invalid", $"{configPath} doit indiquer une \"version\" : elle est enregistrée avec chaque résultat.");
        }

        // Dossier text enters prompts through variables; letting a config switch off their encoding would let a
        // candidate write chat-role tags into the prompt, so such a config is refused rather than obeyed.
        if (config.AllowDangerouslySetContent || config.InputVariables.Any(v => v.AllowDangerouslySetContent))
        {
            throw new PromptException("prompt-unsafe", $"{configPath} ne doit pas activer allow_dangerously_set_content : le texte du dossier doit rester échappé.");
        }

        config.Name = id;
        config.Template = System.Text.Encoding.UTF8.GetString(templateBytes);
        return new PromptDefinition(config, new PromptProvenance(id, version, Hash(templateBytes, configBytes)));
    }

    private static string ReadVersion(string configJson)
    {
        using var document = JsonDocument.Parse(configJson);
        return document.RootElement.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String
            ? version.GetString() ?? string.Empty
            : string.Empty;
    }

    private static string Hash(byte[] template, byte[] config)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(template);
        sha.AppendData(config);
        return "sha256:" + Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
