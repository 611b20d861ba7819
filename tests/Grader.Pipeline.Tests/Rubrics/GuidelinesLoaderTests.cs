using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Guidelines;
using Grader.Pipeline.Rubrics.Loading;
using Grader.Pipeline.Tests.Support;

namespace Grader.Pipeline.Tests.Rubrics;

public sealed class GuidelinesLoaderTests
{
    private static readonly Lazy<RubricIndex> Shipped = new(() => new RubricIndex(RubricLoader.LoadValid(RepositoryPaths.DefaultRubric)));

    private const string Valid = """
        # Commentaire : pas du contenu.
        rubric: developpement-commercial
        version: "1.0.0"
        competences:
          - competence: "C2.1.1"
            guidelines: "Chaque action se rattache à un objectif."
            anchors:
              - level: 1
                excerpt: "Nous ferons des salons."
                note: "Aucun objectif."
          - competence: "c-2-2-4"
            anchors:
              - level: 2
                excerpt: "Prix plancher fixé, concessions prévues."
        """;

    [Fact]
    public void The_shipped_guidelines_are_valid_and_name_e2_competences_with_anchors_on_the_scale()
    {
        var folder = GuidelinesLoader.FolderBeside(Shipped.Value.Rubric);

        var set = GuidelinesLoader.LoadLatestValid(folder, Shipped.Value);

        Assert.Equal("1.0.0", set.Version);
        Assert.InRange(set.Competences.Count, 3, 5);
        var e2 = Shipped.Value.GetEpreuve("E2").CompetenceIds;
        Assert.All(set.Competences, c =>
        {
            Assert.Contains(c.CompetenceId, e2);
            Assert.False(string.IsNullOrWhiteSpace(c.Guidelines));
            Assert.InRange(c.Anchors.Count, 1, 2);
            Assert.All(c.Anchors, a => Assert.InRange(a.Excerpt.Length, 1, GuidelineSet.MaxExcerptLength));
        });
    }

    [Fact]
    public void Codes_are_read_leniently_and_resolved_to_rubric_ids()
    {
        var result = GuidelinesLoader.Load(Write(Valid), Shipped.Value);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(["c-2-1-1", "c-2-2-4"], result.Set!.Competences.Select(c => c.CompetenceId));
        Assert.Equal("Nous ferons des salons.", result.Set.For("c-2-1-1")!.Anchors.Single().Excerpt);
        Assert.Null(result.Set.For("c-2-2-1"));
    }

    [Theory]
    [InlineData("competence: \"c-2-2-4\"", "competence: \"C.9.9.9\"", "competence: \"C.9.9.9\"", "compétence « C.9.9.9 » inconnue du référentiel developpement-commercial")]
    [InlineData("level: 2", "level: 7", "- level: 7", "niveau 7 hors de l’échelle du référentiel (niveaux possibles : 0, 1, 2, 3)")]
    [InlineData("version: \"1.0.0\"", "version: \"un\"", "rubric: developpement-commercial", "version « un » invalide")]
    [InlineData("rubric: developpement-commercial", "rubric: autre", "rubric: autre", "ces consignes visent le référentiel « autre »")]
    [InlineData("note: \"Aucun objectif.\"", "remarque: \"Aucun objectif.\"", "remarque:", "champ inconnu « remarque »")]
    public void Each_problem_names_the_file_and_line_in_french(string from, string to, string lineOf, string message)
    {
        var text = Valid.Replace(from, to, StringComparison.Ordinal);
        var path = Write(text);

        var result = GuidelinesLoader.Load(path, Shipped.Value, displayPath: "1.0.0.yaml");

        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal(MiniRubric.LineOf(text, lineOf), problem.Line);
        Assert.StartsWith($"1.0.0.yaml:{problem.Line} : ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_excerpt_longer_than_600_characters_is_refused_at_its_line()
    {
        var text = Valid.Replace("excerpt: \"Nous ferons des salons.\"", $"excerpt: \"{new string('a', 601)}\"", StringComparison.Ordinal);

        var problem = Assert.Single(GuidelinesLoader.Load(Write(text), Shipped.Value).Problems);

        Assert.Equal("extrait trop long : 601 caractères, 600 au plus.", problem.Message);
        Assert.Equal(MiniRubric.LineOf(text, "- level: 1"), problem.Line);
    }

    [Fact]
    public void A_competence_named_twice_or_without_content_is_refused()
    {
        var text = Valid + """

              - competence: "C.2.1.1."
                guidelines: "Encore."
              - competence: "C.2.2.2"
            """;

        var problems = GuidelinesLoader.Load(Write(text), Shipped.Value).Problems;

        Assert.Contains(problems, p => p.Message.StartsWith("la compétence C.2.1.1. a déjà des consignes", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message == "la compétence « C.2.2.2 » n’a ni consignes (« guidelines ») ni exemples d’ancrage (« anchors »).");
    }

    [Fact]
    public void A_file_whose_name_is_not_its_version_is_refused()
    {
        var problem = Assert.Single(GuidelinesLoader.Load(Write(Valid, "1.2.0.yaml"), Shipped.Value).Problems);

        Assert.Contains("le nom du fichier et « version » doivent être identiques", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_highest_version_is_in_force_and_an_invalid_one_stops_the_run_in_french()
    {
        var folder = Path.GetDirectoryName(Write(Valid))!;
        File.WriteAllText(Path.Combine(folder, "1.9.0.yaml"), Valid.Replace("\"1.0.0\"", "\"1.9.0\"", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder, "1.10.0.yaml"), Valid.Replace("\"1.0.0\"", "\"1.10.0\"", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder, "notes.yaml"), "pas une version");

        Assert.Equal("1.10.0", GuidelinesLoader.LoadLatestValid(folder, Shipped.Value).Version);

        File.WriteAllText(Path.Combine(folder, "2.0.0.yaml"), Valid.Replace("\"1.0.0\"", "\"2.0.0\"", StringComparison.Ordinal).Replace("level: 2", "level: 9", StringComparison.Ordinal));
        var error = Assert.Throws<RubricException>(() => GuidelinesLoader.LoadLatestValid(folder, Shipped.Value));
        Assert.Equal("invalid-guidelines", error.Code);
        Assert.Contains("niveau 9 hors de l’échelle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_folder_means_no_guidelines()
    {
        var set = GuidelinesLoader.LoadLatestValid(Path.Combine(Path.GetTempPath(), "grader-tests", Guid.NewGuid().ToString("N")), Shipped.Value);

        Assert.True(set.IsEmpty);
        Assert.Equal("developpement-commercial", set.RubricId);
    }

    [Fact]
    public void The_fingerprint_follows_the_content_not_the_version_comments_or_code_spelling()
    {
        var original = Fingerprint(Valid);

        Assert.Equal(original, Fingerprint(Valid.Replace("\"1.0.0\"", "\"1.1.0\"", StringComparison.Ordinal), "1.1.0.yaml"));
        Assert.Equal(original, Fingerprint(Valid.Replace("# Commentaire : pas du contenu.", "# Autre commentaire.", StringComparison.Ordinal)));
        Assert.Equal(original, Fingerprint(Valid.Replace("\"C2.1.1\"", "\"C.2.1.1.\"", StringComparison.Ordinal)));
        Assert.NotEqual(original, Fingerprint(Valid.Replace("Nous ferons des salons.", "Nous ferons deux salons.", StringComparison.Ordinal)));
        Assert.NotEqual(original, Fingerprint(Valid.Replace("level: 1", "level: 0", StringComparison.Ordinal)));
        Assert.NotEqual(original, Fingerprint(Valid.Replace("Aucun objectif.", "Aucun objectif chiffré.", StringComparison.Ordinal)));
        Assert.Matches("^sha256:[0-9a-f]{64}$", original);
    }

    [Fact]
    public void The_yaml_writer_round_trips_to_the_same_content()
    {
        var set = GuidelinesLoader.Load(Write(Valid), Shipped.Value).Set!;
        var withQuotes = set with
        {
            Version = "1.1.0",
            Competences = [.. set.Competences, new CompetenceGuidance("C.2.2.1", "", "Cible « précise » : secteur, taille\net zone.", [new AnchorExample(3, "Cible : « PME » # 10-50 salariés: zone ouest", null, new SourceLocation("x", 0))], new SourceLocation("x", 0))],
        };

        var path = Write(GuidelinesYamlWriter.Write(withQuotes, "Publié par un test."), "1.1.0.yaml");
        var reread = GuidelinesLoader.Load(path, Shipped.Value);

        Assert.True(reread.IsValid, string.Join("\n", reread.Problems));
        Assert.StartsWith("# Publié par un test.", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(GuidelinesFingerprint.Compute(GuidelinesValidator.Validate(withQuotes, Shipped.Value, new SourceLocation("x", 0)).Resolved), GuidelinesFingerprint.Compute(reread.Set!));
        Assert.Equal("Cible : « PME » # 10-50 salariés: zone ouest", reread.Set!.For("c-2-2-1")!.Anchors.Single().Excerpt);
    }

    private static string Fingerprint(string yaml, string name = "1.0.0.yaml")
    {
        var result = GuidelinesLoader.Load(Write(yaml, name), Shipped.Value);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return GuidelinesFingerprint.Compute(result.Set!);
    }

    private static string Write(string yaml, string name = "1.0.0.yaml")
    {
        var folder = Path.Combine(Path.GetTempPath(), "grader-tests", Guid.NewGuid().ToString("N"), GuidelinesLoader.FolderName);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, yaml.Replace("\r\n", "\n", StringComparison.Ordinal));
        return path;
    }
}
