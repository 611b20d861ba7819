using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Prompts;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Guidelines;
using Grader.Pipeline.Tests.Support;

namespace Grader.Pipeline.Tests.Evaluation.Llm;

/// <summary>The pedagogical team's consignes and anchors in the evaluate-criterion prompt, as rendered and as sent.</summary>
public sealed class GuidelinesPromptTests
{
    private const string Consigne = "Exiger une source nommée pour chaque chiffre du diagnostic.";
    private const string WeakExcerpt = "Le marché est porteur et nos clients sont satisfaits.";
    private const string StrongExcerpt = "Enquête auprès de 40 clients (mars 2024) & étude Xerfi <2023> : 62 % citent le délai.";

    private static CompetenceGuidance Guidance { get; } = new(
        "C.2.1.1", "c-2-1-1", Consigne,
        [
            new AnchorExample(3, StrongExcerpt, "Sources nommées et datées.", LlmTestData.Here),
            new AnchorExample(1, WeakExcerpt, null, LlmTestData.Here),
        ],
        LlmTestData.Here);

    [Fact]
    public void The_section_names_the_consignes_and_each_anchor_with_its_level_label_and_why()
    {
        var text = PromptInputFormatter.Guidance(Guidance, LlmTestData.Scale);

        Assert.Contains("Consignes de correction de l’équipe pédagogique", text, StringComparison.Ordinal);
        Assert.Contains(Consigne, text, StringComparison.Ordinal);
        Assert.Contains("ne les cite jamais comme preuves", text, StringComparison.Ordinal);
        Assert.Contains($"- Niveau 1 (insuffisant) : « {WeakExcerpt} »" + Environment.NewLine, text, StringComparison.Ordinal);
        Assert.Contains($"- Niveau 3 (maîtrisé) : « {StrongExcerpt} » — Pourquoi ce niveau : Sources nommées et datées.", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Niveau 1", StringComparison.Ordinal) < text.IndexOf("Niveau 3", StringComparison.Ordinal), "anchors are listed from the lowest level");
    }

    [Fact]
    public void Without_guidance_the_section_is_empty()
    {
        Assert.Equal(string.Empty, PromptInputFormatter.Guidance(null, LlmTestData.Scale));
        Assert.Equal(string.Empty, PromptInputFormatter.Guidance(Guidance with { Guidelines = " ", Anchors = [] }, LlmTestData.Scale));
    }

    [Fact]
    public async Task The_request_sent_carries_the_consignes_and_anchors_outside_the_dossier_block()
    {
        await using var server = new ScriptedOpenAiServer(ScriptedOpenAiReply.Completion(LlmTestData.ValidJudgement()));
        using var runner = LlmTestData.Runner(LlmTestData.Options(server));

        var outcome = await new LlmCriterionEvaluator(runner).EvaluateAsync(LlmTestData.Request() with { Guidance = Guidance }, TestContext.Current.CancellationToken);

        Assert.True(outcome.Succeeded, outcome.Failure?.Reason);
        Assert.Equal(new PromptProvenance("evaluate-criterion", "1.1.0", LlmTestData.Prompts.Get("evaluate-criterion").Provenance.Sha256), outcome.Prompt);
        var messages = Assert.Single(server.Requests).Messages;
        var user = messages[1].Content;
        var dossierStart = user.IndexOf("<<<DOSSIER-", StringComparison.Ordinal);
        // The excerpt's « & » and « <2023> » reach the model as written (the variable is encoded, then decoded by the message parser).
        foreach (var expected in new[] { Consigne, WeakExcerpt, StrongExcerpt, "Pourquoi ce niveau : Sources nommées et datées." })
        {
            var at = user.IndexOf(expected, StringComparison.Ordinal);
            Assert.True(at >= 0 && at < dossierStart, $"« {expected} » should be in the user message, before the dossier block:\n{user}");
        }

        Assert.DoesNotContain(Consigne, messages[0].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_guidance_the_request_says_nothing_about_consignes_or_anchors()
    {
        await using var server = new ScriptedOpenAiServer(ScriptedOpenAiReply.Completion(LlmTestData.ValidJudgement()));
        using var runner = LlmTestData.Runner(LlmTestData.Options(server));

        await new LlmCriterionEvaluator(runner).EvaluateAsync(LlmTestData.Request(), TestContext.Current.CancellationToken);

        var user = Assert.Single(server.Requests).Messages[1].Content;
        Assert.DoesNotContain("Consignes", user, StringComparison.Ordinal);
        Assert.DoesNotContain("ancrage", user, StringComparison.Ordinal);
        Assert.Contains("Mode d’évaluation : à l’écrit (dossier)", user, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_previous_prompt_version_stays_available_by_configuration()
    {
        await using var server = new ScriptedOpenAiServer(ScriptedOpenAiReply.Completion(LlmTestData.ValidJudgement()));
        var options = LlmTestData.Options(server);
        options.PromptVersions["evaluate-criterion"] = "1.0.0";
        using var runner = LlmTestData.Runner(options);

        var outcome = await new LlmCriterionEvaluator(runner).EvaluateAsync(LlmTestData.Request() with { Guidance = Guidance }, TestContext.Current.CancellationToken);

        Assert.Equal("1.0.0", outcome.Prompt.Version);
        Assert.Equal(LlmTestData.Prompts.Get("evaluate-criterion", "1.0.0").Provenance, outcome.Prompt);
        Assert.NotEqual(LlmTestData.Prompts.Get("evaluate-criterion").Provenance.Sha256, outcome.Prompt.Sha256);
        var user = Assert.Single(server.Requests).Messages[1].Content;
        Assert.Contains("Consignes de l’équipe pédagogique :\n" + Consigne, user.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain(WeakExcerpt, user, StringComparison.Ordinal);
    }

    [Fact]
    public void The_library_lists_kept_versions_and_refuses_an_unknown_one_in_french()
    {
        Assert.Equal(["1.0.0", "1.1.0"], LlmTestData.Prompts.VersionsOf("evaluate-criterion"));
        Assert.Equal("evaluate-criterion", LlmTestData.Prompts.Get("evaluate-criterion", "1.0.0").Id);

        var error = Assert.Throws<PromptException>(() => LlmTestData.Prompts.Get("evaluate-criterion", "0.9.0"));

        Assert.Equal("prompt-version-missing", error.Code);
        Assert.Contains("versions disponibles : 1.0.0, 1.1.0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guidance_keeps_the_estimate_within_the_budget_of_one_call()
    {
        await using var server = new ScriptedOpenAiServer();
        using var runner = LlmTestData.Runner(LlmTestData.Options(server));
        var evaluator = new LlmCriterionEvaluator(runner);
        var longest = Guidance with
        {
            Guidelines = new string('c', GuidelineSet.MaxGuidelinesLength),
            Anchors = [.. Enumerable.Range(0, GuidelineSet.MaxAnchorsPerCompetence).Select(i => new AnchorExample(i % 4, Words(GuidelineSet.MaxExcerptLength), "Justification courte.", LlmTestData.Here))],
        };

        var without = await evaluator.EstimateAsync(LlmTestData.Request(), TestContext.Current.CancellationToken);
        var with = await evaluator.EstimateAsync(LlmTestData.Request() with { Guidance = longest }, TestContext.Current.CancellationToken);

        Assert.Empty(server.Requests);
        Assert.True(with.InputTokens > without.InputTokens);
        // The same range as the prompt's own estimate test: the longest guidance the validator admits stays inside it.
        Assert.InRange(with.InputTokens, 300, 3000);
    }

    private static string Words(int length) =>
        string.Concat(Enumerable.Repeat("chiffre d’affaires prévisionnel ", length / 10))[..length];
}
