using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Editing;
using Grader.Pipeline.Rubrics.Loading;
using Grader.Pipeline.Tests.Support;

namespace Grader.Pipeline.Tests.Rubrics;

/// <summary>The signals editor changes one compétence's sequence and nothing else: comments, quotes and layout stay.</summary>
public sealed class SignalsYamlEditorTests
{
    private const string Bloc = """
        # Bloc de test — commentaire d’en-tête.
        id: bloc-1
        activities:
          - id: a-1-1
            competences:
              - id: c-1-1-1
                text: "Réaliser une veille."
                signals:            # ajoutés par l’équipe
                  - "benchmark"
                  # un commentaire parmi les signaux
                  - "PESTEL"        # commentaire en fin de ligne
                # commentaire qui introduit les critères
                criteria:
                  - id: c-1-1-1.1
                    text: "La veille est structurée."
              - id: c-1-1-2
                text: "Présenter la veille."
                signals: []             # aucun pour l’instant
                criteria:
                  - id: c-1-1-2.1
                    text: "La présentation est claire."
              - id: c-1-1-3
                text: "Conclure."
                # critères repris du référentiel
                criteria:
                  - id: c-1-1-3.1
                    text: "La conclusion est nette."

        """;

    [Fact]
    public void A_block_list_is_replaced_and_every_comment_and_other_line_stays()
    {
        var edited = SignalsYamlEditor.Replace(Bloc, "c-1-1-1", ["analyse SWOT", "benchmark"]);

        Assert.Equal(
            """
            # Bloc de test — commentaire d’en-tête.
            id: bloc-1
            activities:
              - id: a-1-1
                competences:
                  - id: c-1-1-1
                    text: "Réaliser une veille."
                    signals:            # ajoutés par l’équipe
                      # un commentaire parmi les signaux
                      # commentaire en fin de ligne
                      - "analyse SWOT"
                      - "benchmark"
                    # commentaire qui introduit les critères
                    criteria:
                      - id: c-1-1-1.1
                        text: "La veille est structurée."
            """,
            string.Join('\n', edited.Split('\n').Take(16)));
        Assert.Equal(Bloc.Split('\n').Skip(15), edited.Split('\n').Skip(16));
    }

    [Fact]
    public void An_empty_flow_list_becomes_a_block_list_and_back()
    {
        var filled = SignalsYamlEditor.Replace(Bloc, "c-1-1-2", ["prise de parole"]);
        Assert.Contains("""
                    signals: # aucun pour l’instant
                      - "prise de parole"
                    criteria:
            """.Replace("\r\n", "\n", StringComparison.Ordinal), filled, StringComparison.Ordinal);

        var emptied = SignalsYamlEditor.Replace(filled, "c-1-1-2", []);
        Assert.Contains("        signals: [] # aucun pour l’instant\n        criteria:", emptied, StringComparison.Ordinal);

        var blockEmptied = SignalsYamlEditor.Replace(Bloc, "c-1-1-1", []);
        Assert.Contains("""
                    signals: []            # ajoutés par l’équipe
                      # un commentaire parmi les signaux
                      # commentaire en fin de ligne
                    # commentaire qui introduit les critères
            """.Replace("\r\n", "\n", StringComparison.Ordinal), blockEmptied, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_key_is_added_before_the_criteria_and_their_comment_and_an_empty_list_adds_nothing()
    {
        Assert.Equal(Bloc, SignalsYamlEditor.Replace(Bloc, "c-1-1-3", []));

        var edited = SignalsYamlEditor.Replace(Bloc, "c-1-1-3", ["conclusion"]);
        Assert.Contains("""
                    text: "Conclure."
                    signals:
                      - "conclusion"
                    # critères repris du référentiel
                    criteria:
            """.Replace("\r\n", "\n", StringComparison.Ordinal), edited, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("l'offre \"phare\"")]
    [InlineData("l’atout de l’entreprise")]
    [InlineData(@"chemin C:\dossier")]
    [InlineData("# pas un commentaire")]
    [InlineData("clé: valeur, [liste] & {objet}")]
    public void Quotes_apostrophes_and_yaml_punctuation_read_back_exactly(string signal)
    {
        var edited = SignalsYamlEditor.Replace(Bloc, "c-1-1-2", [signal, "autre"]);
        var folderless = new YamlDotNet.RepresentationModel.YamlStream();
        folderless.Load(new StringReader(edited));
        var competence = SignalsYamlEditor.FindCompetence((YamlDotNet.RepresentationModel.YamlMappingNode)folderless.Documents[0].RootNode, "c-1-1-2")!;
        var read = ((YamlDotNet.RepresentationModel.YamlSequenceNode)competence.Children["signals"]).Children
            .Select(n => ((YamlDotNet.RepresentationModel.YamlScalarNode)n).Value).ToList();
        Assert.Equal([signal, "autre"], read);
    }

    [Fact]
    public void Crlf_line_breaks_are_kept()
    {
        var crlf = Bloc.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        var edited = SignalsYamlEditor.Replace(crlf, "c-1-1-1", ["un", "deux"]);
        Assert.DoesNotContain('\n', edited.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.Contains("      - \"un\"\r\n          - \"deux\"\r\n", edited, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_competence_is_refused_in_french()
    {
        var error = Assert.Throws<RubricException>(() => SignalsYamlEditor.Replace(Bloc, "c-9-9-9", ["x"]));
        Assert.Contains("« c-9-9-9 »", error.Message, StringComparison.Ordinal);
        Assert.False(SignalsYamlEditor.Declares(Bloc, "c-9-9-9"));
        Assert.True(SignalsYamlEditor.Declares(Bloc, "c-1-1-3"));
    }

    [Fact]
    public void On_the_real_referentiel_an_edit_changes_only_the_signals_and_reverting_it_restores_text_and_fingerprint()
    {
        var folder = CopyOfShippedRubric();
        var blocPath = Path.Combine(folder, "bloc-1.yaml");
        var original = File.ReadAllText(blocPath);
        var before = RubricLoader.Load(folder);
        Assert.True(before.IsValid, string.Join("\n", before.Problems));
        var competence = before.Rubric!.Competences.First(c => c.Id == "c-1-1-1");

        File.WriteAllText(blocPath, SignalsYamlEditor.Replace(original, "c-1-1-1", [.. competence.Signals, "l’offre « phare »"]));
        // The lock refuses the edit under the same version: the content (signals only) changed.
        var edited = RubricLoader.Load(folder);
        Assert.Contains(edited.Problems, p => p.Message.Contains("a changé depuis l’enregistrement", StringComparison.Ordinal));
        Assert.Equal([.. competence.Signals, "l’offre « phare »"], edited.Rubric!.Competences.First(c => c.Id == "c-1-1-1").Signals);
        Assert.Equal(
            before.Rubric.Competences.Where(c => c.Id != "c-1-1-1").Select(c => (c.Id, c.Text, string.Join("|", c.Signals))),
            edited.Rubric.Competences.Where(c => c.Id != "c-1-1-1").Select(c => (c.Id, c.Text, string.Join("|", c.Signals))));
        Assert.Single(original.Split('\n').Except(File.ReadAllText(blocPath).Split('\n')).Concat(File.ReadAllText(blocPath).Split('\n').Except(original.Split('\n'))));

        File.WriteAllText(blocPath, SignalsYamlEditor.Replace(File.ReadAllText(blocPath), "c-1-1-1", competence.Signals));
        Assert.Equal(original, File.ReadAllText(blocPath));
        var reverted = RubricLoader.Load(folder);
        Assert.True(reverted.IsValid);
        Assert.Equal(RubricFingerprint.Compute(before.Rubric), RubricFingerprint.Compute(reverted.Rubric!));
    }

    internal static string CopyOfShippedRubric()
    {
        var source = Path.Combine(RepositoryPaths.Rubrics, "developpement-commercial");
        var target = Path.Combine(Path.GetTempPath(), "grader-tests", Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }
}
