using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.SemanticKernel;

namespace Grader.Pipeline.Evaluation.Prompts;

/// <summary>
/// The prompt functions of a <c>prompts/</c> folder, read once: each sub-folder holds <c>skprompt.txt</c> and
/// <c>config.json</c> (Semantic Kernel's layout plus a <c>"version"</c>), so pedagogical teams edit prompts
/// without recompiling and every output records which exact files produced it. A folder named
/// <c>&lt;id&gt;@&lt;version&gt;</c> keeps an earlier version of a prompt available (to reproduce or compare a run):
/// <see cref="Get(string)"/> returns the current version, <see cref="Get(string, string?)"/> any kept one.
/// </summary>
public sealed class PromptLibrary
{
    private const string TemplateFile = "skprompt.txt";
    private const string ConfigFile = "config.json";
    private const string VersionSeparator = "@";

    private readonly Dictionary<string, PromptDefinition> prompts;
    private readonly Dictionary<(string Id, string Version), PromptDefinition> versions;

    private PromptLibrary(string root, Dictionary<string, PromptDefinition> prompts, Dictionary<(string, string), PromptDefinition> versions)
    {
        Root = root;
        this.prompts = prompts;
        this.versions = versions;
    }

    public string Root { get; }

    public IReadOnlyCollection<PromptDefinition> All => prompts.Values;

    /// <summary>Loads every prompt folder under <paramref name="root"/> and checks the evaluation's ones are there.</summary>
    public static PromptLibrary Load(string root)
    {
        var loaded = new Dictionary<string, PromptDefinition>(StringComparer.Ordinal);
        var kept = new List<PromptDefinition>();
        foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(folder, TemplateFile)))
            {
                var definition = LoadFolder(folder);
                if (Path.GetFileName(folder).Contains(VersionSeparator, StringComparison.Ordinal))
                {
                    kept.Add(definition);
                }
                else
                {
                    loaded[definition.Id] = definition;
                }
            }
        }

        var versions = new Dictionary<(string, string), PromptDefinition>();
        foreach (var definition in kept.Concat(loaded.Values))
        {
            if (!versions.TryAdd((definition.Id, definition.Provenance.Version), definition))
            {
                throw new PromptException(
                    "prompt-invalid",
                    $"Deux dossiers de {root} portent le prompt « {definition.Id} » en version {definition.Provenance.Version} : augmentez la version du prompt courant.");
            }
        }

        var missing = PromptIds.All.Where(id => !loaded.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            throw new PromptException(
                "prompt-missing",
                $"Prompts manquants dans {root} : {string.Join(", ", missing)}. Chaque prompt est un dossier avec {TemplateFile} et {ConfigFile}.");
        }

        return new PromptLibrary(Path.GetFullPath(root), loaded, versions);
    }

    /// <summary>The current version of a prompt (the folder named after it).</summary>
    public PromptDefinition Get(string id) =>
        prompts.TryGetValue(id, out var definition)
            ? definition
            : throw new PromptException("prompt-missing", $"Prompt « {id} » introuvable dans {Root}.");

    /// <summary>A given version of a prompt, current or kept in a <c>&lt;id&gt;@&lt;version&gt;</c> folder; the current one when <paramref name="version"/> is empty.</summary>
    public PromptDefinition Get(string id, string? version)
    {
        if (string.IsNullOrWhiteSpace(version))
        {
            return Get(id);
        }

        if (versions.TryGetValue((id, version.Trim()), out var definition))
        {
            return definition;
        }

        var known = versions.Keys.Where(k => k.Id == id).Select(k => k.Version).Order(StringComparer.Ordinal).ToList();
        throw new PromptException(
            "prompt-version-missing",
            $"Le prompt « {id} » n’existe pas en version {version} dans {Root}"
            + (known.Count == 0 ? "." : $" (versions disponibles : {string.Join(", ", known)})."));
    }

    /// <summary>The versions of a prompt available in the folder, current one included.</summary>
    public IReadOnlyList<string> VersionsOf(string id) =>
        versions.Keys.Where(k => k.Id == id).Select(k => k.Version).Order(StringComparer.Ordinal).ToList();

    private static PromptDefinition LoadFolder(string folder)
    {
        var name = Path.GetFileName(folder);
        var separator = name.IndexOf(VersionSeparator, StringComparison.Ordinal);
        var id = separator < 0 ? name : name[..separator];
        var folderVersion = separator < 0 ? null : name[(separator + 1)..];
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

        if (folderVersion is not null && !string.Equals(folderVersion, version, StringComparison.Ordinal))
        {
            throw new PromptException("prompt-invalid", $"{configPath} déclare la version {version}, mais son dossier « {name} » annonce la version {folderVersion}.");
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
