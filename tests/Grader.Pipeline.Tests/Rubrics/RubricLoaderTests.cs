using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Loading;

namespace Grader.Pipeline.Tests.Rubrics;

public sealed class RubricLoaderTests
{
    [Fact]
    public void Loads_every_level_of_a_valid_rubric()
    {
        var result = RubricLoader.Load(MiniRubric.Write());

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var rubric = result.Rubric!;
        Assert.Equal(("mini", "0.1.0"), (rubric.Id, rubric.Version));
        Assert.Equal(2, rubric.Scale.AcquiredFrom);
        Assert.Equal("acquis", rubric.Scale.Find(2)!.Label);
        var oral = rubric.Competences.Single(c => c.Id == "c-1-1-2");
        Assert.Equal(AssessmentMode.Oral, oral.Assessment.Mode);
        Assert.Equal("C3.1.2.", oral.SourceCode);
        Assert.Equal(["c-1-1-2.1", "c-1-1-2.1.a"], oral.AllCriteria().Select(c => c.Id));
        var epreuve = rubric.Epreuves.Single();
        Assert.True(epreuve.OralDefence);
        Assert.Equal(["e1.d1", "e1.d1.1"], epreuve.AllDeliverables().Select(d => d.Id));
        Assert.Equal("Le livrable intègre :", epreuve.DeliverablesIntro);
    }

    [Fact]
    public void A_duplicated_id_is_reported_with_the_file_and_line_of_the_second_occurrence()
    {
        var bloc = MiniRubric.Bloc.Replace("- id: c-1-1-2\n", "- id: c-1-1-1\n", StringComparison.Ordinal);
        var result = RubricLoader.Load(MiniRubric.Write(_ => bloc));

        var problem = Assert.Single(result.Problems, p => p.Message.Contains("en double", StringComparison.Ordinal));
        Assert.EndsWith("bloc-1.yaml", problem.File, StringComparison.Ordinal);
        Assert.Equal(MiniRubric.LineOf(bloc, "- id: c-1-1-1\n        sourceCode: \"C3.1.2.\"") , problem.Line);
        Assert.Contains("« c-1-1-1 »", problem.Message, StringComparison.Ordinal);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void An_epreuve_citing_an_unknown_competence_is_reported_at_the_epreuve()
    {
        var bloc = MiniRubric.Bloc.Replace("[c-1-1-1, c-1-1-2]", "[c-1-1-1, c-1-1-2, c-9-9-9]", StringComparison.Ordinal);
        var result = RubricLoader.Load(MiniRubric.Write(_ => bloc));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(MiniRubric.LineOf(bloc, "- id: e1"), problem.Line);
        Assert.Contains("« c-9-9-9 », qui n’existe pas", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_competence_without_criteria_or_epreuve_is_reported()
    {
        var bloc = MiniRubric.Bloc
            .Replace("[c-1-1-1, c-1-1-2]", "[c-1-1-1]", StringComparison.Ordinal)
            .Replace("        criteria:\n          - id: c-1-1-1.1\n            text: \"La veille est structurée.\"\n", string.Empty, StringComparison.Ordinal);
        var result = RubricLoader.Load(MiniRubric.Write(_ => bloc));

        Assert.Contains(result.Problems, p => p.Message.Contains("C.1.1.1. (c-1-1-1) n’a aucun critère", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Message.Contains("C3.1.2. (c-1-1-2) n’est évaluée par aucune épreuve", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("acquiredFrom: 2", "acquiredFrom: 0", "strictement supérieur")]
    [InlineData("acquiredFrom: 2", "acquiredFrom: 7", "strictement supérieur")]
    [InlineData("    - value: 3", "    - value: 5", "sans trou")]
    [InlineData("    - value: 3", "    - value: 2", "deux fois le niveau 2")]
    [InlineData("version: \"0.1.0\"", "version: \"v1\"", "version « v1 » invalide")]
    public void An_insane_scale_or_version_is_reported(string from, string to, string expected)
    {
        var result = RubricLoader.Load(MiniRubric.Write(editManifest: m => m.Replace(from, to, StringComparison.Ordinal)));

        Assert.Contains(result.Problems, p => p.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_fields_and_modes_are_reported_instead_of_silently_dropped()
    {
        var bloc = MiniRubric.Bloc
            .Replace("mode: oral", "mode: orale", StringComparison.Ordinal)
            .Replace("title: \"Veille\"", "titre: \"Veille\"", StringComparison.Ordinal);
        var result = RubricLoader.Load(MiniRubric.Write(_ => bloc));

        Assert.Contains(result.Problems, p => p.Message.Contains("mode d’évaluation « orale » inconnu", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Message.Contains("champ inconnu « titre »", StringComparison.Ordinal) && p.Line == MiniRubric.LineOf(bloc, "titre:"));
        Assert.Contains(result.Problems, p => p.Message.Contains("« title » est obligatoire", StringComparison.Ordinal));
    }

    [Fact]
    public void A_yaml_syntax_error_names_the_line()
    {
        var bloc = MiniRubric.Bloc.Replace("title: \"Développer\"", "title: \"Développer", StringComparison.Ordinal);
        var result = RubricLoader.Load(MiniRubric.Write(_ => bloc));

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("YAML illisible", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Line >= MiniRubric.LineOf(bloc, "title:"), problem.ToString());
        Assert.Empty(result.Rubric!.Blocs);
    }

    [Fact]
    public void A_missing_bloc_file_is_reported_and_load_valid_throws_in_french()
    {
        var folder = MiniRubric.Write();
        File.Delete(Path.Combine(folder, "bloc-1.yaml"));

        var error = Assert.Throws<RubricException>(() => RubricLoader.LoadValid(folder));

        Assert.Equal("invalid-rubric", error.Code);
        Assert.Contains("bloc-1.yaml : fichier introuvable.", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Le référentiel contient", error.Message, StringComparison.Ordinal);
    }
}
