using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Loading;

namespace Grader.Pipeline.Tests.Rubrics;

public sealed class RubricVersionLockTests
{
    [Fact]
    public void Comments_and_layout_do_not_change_the_fingerprint_but_a_word_does()
    {
        var original = RubricFingerprint.Compute(RubricLoader.LoadValid(MiniRubric.Write()));
        var commented = RubricFingerprint.Compute(RubricLoader.LoadValid(MiniRubric.Write(b => "# Un commentaire\n" + b.Replace("text: \"Réaliser une veille.\"", "text: >-\n          Réaliser une veille.", StringComparison.Ordinal))));
        var reworded = RubricFingerprint.Compute(RubricLoader.LoadValid(MiniRubric.Write(b => b.Replace("La veille est structurée.", "La veille est organisée.", StringComparison.Ordinal))));
        var rescaled = RubricFingerprint.Compute(RubricLoader.LoadValid(MiniRubric.Write(editManifest: m => m.Replace("acquiredFrom: 2", "acquiredFrom: 3", StringComparison.Ordinal))));

        Assert.StartsWith("sha256:", original, StringComparison.Ordinal);
        Assert.Equal(original, commented);
        Assert.NotEqual(original, reworded);
        Assert.NotEqual(original, rescaled);
    }

    [Fact]
    public void An_edit_under_a_recorded_version_is_refused_until_the_version_is_bumped_and_recorded()
    {
        var folder = MiniRubric.Write();
        RubricVersionLock.Record(RubricLoader.LoadValid(folder));
        Assert.True(RubricLoader.Load(folder).IsValid);

        var blocPath = Path.Combine(folder, "bloc-1.yaml");
        File.WriteAllText(blocPath, File.ReadAllText(blocPath).Replace("La veille est structurée.", "La veille est organisée.", StringComparison.Ordinal));
        var edited = RubricLoader.Load(folder);
        var problem = Assert.Single(edited.Problems);
        Assert.Contains("a changé depuis l’enregistrement de la version 0.1.0", problem.Message, StringComparison.Ordinal);
        Assert.Throws<RubricException>(() => RubricVersionLock.Record(edited.Rubric!));

        var manifestPath = Path.Combine(folder, "rubric.yaml");
        File.WriteAllText(manifestPath, File.ReadAllText(manifestPath).Replace("0.1.0", "0.1.1", StringComparison.Ordinal));
        var bumped = RubricLoader.Load(folder);
        Assert.Contains("la version 0.1.1 n’est pas enregistrée", Assert.Single(bumped.Problems).Message, StringComparison.Ordinal);

        RubricVersionLock.Record(bumped.Rubric!);
        Assert.True(RubricLoader.Load(folder).IsValid);
        Assert.Equal(["0.1.0", "0.1.1"], RubricVersionLock.Read(folder).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_shipped_rubric_version_is_recorded_with_its_current_content()
    {
        var rubric = RubricLoader.LoadValid(Support.RepositoryPaths.DefaultRubric);

        Assert.Equal(RubricFingerprint.Compute(rubric), RubricVersionLock.Read(rubric.Path)[rubric.Version]);
    }
}
