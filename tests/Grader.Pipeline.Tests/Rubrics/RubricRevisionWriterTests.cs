using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Editing;
using Grader.Pipeline.Rubrics.Loading;

namespace Grader.Pipeline.Tests.Rubrics;

/// <summary>Publishing an edited bloc writes the next minor version as the README's manual process would.</summary>
public sealed class RubricRevisionWriterTests
{
    [Fact]
    public void An_edit_publishes_the_next_minor_version_records_it_and_archives_the_previous_one()
    {
        var folder = MiniRubric.Write(editManifest: m => "# Manifeste commenté.\n" + m);
        var first = RubricLoader.LoadValid(folder);
        RubricVersionLock.Record(first);
        var originalBloc = File.ReadAllText(Path.Combine(folder, "bloc-1.yaml"));

        var revision = RubricRevisionWriter.PublishEditedBloc(first, text =>
            SignalsYamlEditor.Declares(text, "c-1-1-2") ? SignalsYamlEditor.Replace(text, "c-1-1-2", ["prise de parole"]) : null);

        Assert.Equal("0.2.0", revision.Published.Version);
        var reloaded = RubricLoader.Load(folder);
        Assert.True(reloaded.IsValid, string.Join("\n", reloaded.Problems));
        Assert.Equal(["prise de parole"], reloaded.Rubric!.Competences.Single(c => c.Id == "c-1-1-2").Signals);
        Assert.StartsWith("# Manifeste commenté.\n", File.ReadAllText(Path.Combine(folder, "rubric.yaml")), StringComparison.Ordinal);
        Assert.Contains("version: \"0.2.0\"", File.ReadAllText(Path.Combine(folder, "rubric.yaml")), StringComparison.Ordinal);

        var locked = RubricVersionLock.Read(folder);
        Assert.Equal(revision.PreviousFingerprint, locked["0.1.0"]);
        Assert.Equal(revision.Fingerprint, locked["0.2.0"]);
        Assert.Equal(RubricFingerprint.Compute(reloaded.Rubric), revision.Fingerprint);

        // The previous version stays readable, whole and checked against its own lock; the loader ignores the copy.
        var archive = Path.Combine(folder, "versions", "0.1.0");
        Assert.Equal(archive, revision.ArchiveFolder);
        Assert.Equal(originalBloc, File.ReadAllText(Path.Combine(archive, "bloc-1.yaml")));
        var archived = RubricLoader.Load(archive);
        Assert.True(archived.IsValid, string.Join("\n", archived.Problems));
        Assert.Equal("0.1.0", archived.Rubric!.Version);
        Assert.Equal(revision.PreviousFingerprint, RubricFingerprint.Compute(archived.Rubric));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp-*"));
        Assert.Single(Directory.GetDirectories(Path.Combine(folder, "versions")));
    }

    [Fact]
    public void An_edit_that_would_make_the_rubric_invalid_changes_no_file()
    {
        var folder = MiniRubric.Write();
        var rubric = RubricLoader.LoadValid(folder);
        RubricVersionLock.Record(rubric);
        var before = Directory.GetFiles(folder).ToDictionary(f => f, File.ReadAllText);

        Assert.Throws<RubricException>(() => RubricRevisionWriter.PublishEditedBloc(rubric, text => text.Replace("id: c-1-1-1.1", "id: c-1-1-2.1", StringComparison.Ordinal)));

        Assert.Equal(before, Directory.GetFiles(folder).ToDictionary(f => f, File.ReadAllText));
        Assert.False(Directory.Exists(Path.Combine(folder, "versions")));
    }
}
