using System.Text.RegularExpressions;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Loading;
using Grader.Pipeline.Tests.Support;

namespace Grader.Pipeline.Tests.Rubrics;

/// <summary>
/// Holds the YAML rubric to the letter of the référentiel's source text: every code and criterion of the
/// source is in the rubric, every text of the rubric is in the source, and nothing of the source is left over.
/// </summary>
public sealed partial class RubricFidelityTests
{
    private static readonly Lazy<Rubric> DefaultRubric = new(() => RubricLoader.LoadValid(RepositoryPaths.DefaultRubric));
    private static readonly Lazy<string> Source = new(() => File.ReadAllText(RepositoryPaths.SeedText));

    [Fact]
    public void The_shipped_rubric_is_valid()
    {
        var result = RubricLoader.Load(RepositoryPaths.DefaultRubric);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        Assert.Equal(6, result.Rubric!.Blocs.Count);
        Assert.Equal([false, false, false, true, true, true], result.Rubric.Blocs.Select(b => b.Optional));
    }

    [Fact]
    public void Every_competence_code_of_the_source_is_in_the_rubric_as_written()
    {
        var sourceCodes = CompetenceCodeInSource().Matches(SeedTextConsumer.Normalize(Source.Value)).Select(m => m.Value).ToList();
        var rubricCodes = DefaultRubric.Value.Competences.Select(c => c.SourceCode).ToList();

        Assert.True(sourceCodes.Count >= 30, $"only {sourceCodes.Count} codes found in the source: the pattern is wrong");
        Assert.Empty(sourceCodes.Except(rubricCodes));
        Assert.Empty(rubricCodes.Except(sourceCodes));
        Assert.Equal(sourceCodes.Count, rubricCodes.Count);
    }

    [Fact]
    public void Every_criterion_of_the_rubric_stands_whole_in_the_source()
    {
        var source = SeedTextConsumer.Normalize(Source.Value);
        var missing = DefaultRubric.Value.Competences
            .SelectMany(c => c.AllCriteria().Select(k => (c.SourceCode, k.Id, Text: SeedTextConsumer.Normalize(k.Text))))
            .Where(k => !source.Contains(k.Text, StringComparison.Ordinal))
            .Select(k => $"{k.SourceCode} {k.Id}: « {k.Text} »")
            .ToList();

        Assert.True(missing.Count == 0, "Criteria not found in the source:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void Nothing_of_the_source_is_left_once_every_rubric_text_is_removed()
    {
        var rubric = DefaultRubric.Value;
        var consumer = new SeedTextConsumer(Source.Value);
        var notFound = new List<string>();

        // Criteria first: they are short, contiguous sentences, and must not be eaten by a longer fragment match.
        foreach (var criterion in rubric.Competences.SelectMany(c => c.AllCriteria()))
        {
            if (!consumer.ConsumeWhole(criterion.Text))
            {
                notFound.Add($"criterion {criterion.Id}");
            }
        }

        foreach (var text in StructuralTexts(rubric))
        {
            if (consumer.ConsumeInFragments(text.Text) is null)
            {
                notFound.Add($"{text.Where}: « {TextPreview(text.Text)} »");
            }
        }

        Assert.True(notFound.Count == 0, "Rubric texts not found in the source:\n" + string.Join('\n', notFound));
        var leftover = consumer.Leftover();
        Assert.True(leftover.Length == 0, "Source text that the rubric does not hold:\n" + leftover);
    }

    [Fact]
    public void Competence_texts_are_cut_by_other_columns_at_most_a_few_times()
    {
        // A compétence text that needs many fragments to be found is more likely assembled from wrong places.
        var consumer = new SeedTextConsumer(Source.Value);
        foreach (var criterion in DefaultRubric.Value.Competences.SelectMany(c => c.AllCriteria()))
        {
            consumer.ConsumeWhole(criterion.Text);
        }

        foreach (var competence in DefaultRubric.Value.Competences)
        {
            var fragments = consumer.ConsumeInFragments(competence.SourceCode + " " + competence.Text);
            Assert.NotNull(fragments);
            Assert.True(fragments.Count <= 3, $"{competence.SourceCode} found in {fragments.Count} pieces: {string.Join(" | ", fragments)}");
        }
    }

    private static IEnumerable<(string Where, string Text)> StructuralTexts(Rubric rubric)
    {
        foreach (var line in rubric.Preamble)
        {
            yield return ("preamble", line);
        }

        foreach (var bloc in rubric.Blocs)
        {
            yield return (bloc.Id, $"{bloc.SourceLabel} : {bloc.Title}");
            foreach (var activity in bloc.Activities)
            {
                yield return (activity.Id, $"{activity.SourceCode} {activity.Title}");
                foreach (var competence in activity.Competences)
                {
                    yield return (competence.Id, $"{competence.SourceCode} {competence.Text}");
                }
            }

            foreach (var epreuve in bloc.Epreuves)
            {
                yield return (epreuve.Id + " code", epreuve.SourceCode);
                yield return (epreuve.Id + " kind", epreuve.Kind);
                yield return (epreuve.Id + " title", epreuve.Title);
                yield return (epreuve.Id + " modality", epreuve.Modality);
                if (epreuve.DeliverablesIntro is { } intro)
                {
                    yield return (epreuve.Id + " intro", intro);
                }

                foreach (var item in epreuve.AllDeliverables())
                {
                    yield return (item.Id, item.Text);
                }

                if (epreuve.OralText is { } oral)
                {
                    yield return (epreuve.Id + " oral", oral);
                }
            }
        }
    }

    private static string TextPreview(string text) => text.Length <= 80 ? text : text[..80] + "…";

    // C.1.1.1. / C3.1.1. / A.4.2.3. — compétence codes always have three numbers and end with a dot.
    [GeneratedRegex(@"(?<![\w.])(?:C\.?|A\.)\d\.\d\.\d\.")]
    private static partial Regex CompetenceCodeInSource();
}
