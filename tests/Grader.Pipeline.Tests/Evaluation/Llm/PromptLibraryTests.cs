using Grader.Pipeline.Evaluation.Prompts;
using Grader.Pipeline.Tests.Support;

namespace Grader.Pipeline.Tests.Evaluation.Llm;

public sealed class PromptLibraryTests
{
    [Fact]
    public void Repository_prompts_load_with_version_and_hash()
    {
        var library = PromptLibrary.Load(PromptLocator.FindPromptsRoot(Path.Combine(RepositoryPaths.Root, "prompts")));

        foreach (var id in PromptIds.All)
        {
            var prompt = library.Get(id);
            Assert.Equal(id, prompt.Provenance.Id);
            Assert.Matches(@"^\d+\.\d+\.\d+$", prompt.Provenance.Version);
            Assert.Matches("^sha256:[0-9a-f]{64}$", prompt.Provenance.Sha256);
            Assert.Equal(0.0, Convert.ToDouble(prompt.Config.DefaultExecutionSettings!.ExtensionData!["temperature"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture));
            Assert.NotNull(prompt.DefaultMaxTokens);
        }
    }

    [Fact]
    public void Editing_a_prompt_changes_its_hash()
    {
        var copy = CopyPrompts();
        var before = PromptLibrary.Load(copy).Get(PromptIds.DraftFeedback).Provenance.Sha256;
        File.AppendAllText(Path.Combine(copy, PromptIds.DraftFeedback, "skprompt.txt"), " ");

        var after = PromptLibrary.Load(copy).Get(PromptIds.DraftFeedback).Provenance.Sha256;

        Assert.NotEqual(before, after);
    }

    [Fact]
    public void A_config_that_unescapes_variables_is_refused()
    {
        var copy = CopyPrompts();
        var config = Path.Combine(copy, PromptIds.EvaluateCriterion, "config.json");
        File.WriteAllText(config, File.ReadAllText(config).Replace("\"schema\": 1,", "\"schema\": 1, \"allow_dangerously_set_content\": true,", StringComparison.Ordinal));

        var error = Assert.Throws<PromptException>(() => PromptLibrary.Load(copy));

        Assert.Equal("prompt-unsafe", error.Code);
        Assert.Contains("échappé", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prompt_without_version_is_refused_in_french()
    {
        var copy = CopyPrompts();
        var config = Path.Combine(copy, PromptIds.DraftOralQuestions, "config.json");
        File.WriteAllText(config, File.ReadAllText(config).Replace("\"version\": \"1.0.0\",", string.Empty, StringComparison.Ordinal));

        var error = Assert.Throws<PromptException>(() => PromptLibrary.Load(copy));

        Assert.Contains("\"version\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_prompts_folder_is_reported_in_french()
    {
        var error = Assert.Throws<PromptException>(() => PromptLocator.FindPromptsRoot(Path.Combine(Path.GetTempPath(), "grader-tests", "absent")));

        Assert.Equal("prompts-not-found", error.Code);
        Assert.Contains("GRADER_PROMPTS", error.Message, StringComparison.Ordinal);
    }

    private static string CopyPrompts()
    {
        var target = Path.Combine(Path.GetTempPath(), "grader-tests", Guid.NewGuid().ToString("N"), "prompts");
        foreach (var folder in Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "prompts")))
        {
            var destination = Path.Combine(target, Path.GetFileName(folder));
            Directory.CreateDirectory(destination);
            foreach (var file in Directory.GetFiles(folder))
            {
                File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
            }
        }

        return target;
    }
}
