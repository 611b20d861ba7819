using Grader.Pipeline.Indexing.Analysis;
using Grader.Pipeline.Indexing.Queries;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Loading;
using Grader.Pipeline.Tests.Support;

namespace Grader.Pipeline.Tests.Indexing.Queries;

public sealed class CompetenceQueryBuilderTests
{
    private static readonly Lazy<RubricIndex> Rubric = new(() => new RubricIndex(RubricLoader.LoadValid(RepositoryPaths.DefaultRubric)));

    private static Competence Find(string code) => Rubric.Value.GetCompetence(code).Competence;

    [Fact]
    public void The_purpose_clause_at_the_end_is_dropped_and_the_action_kept()
    {
        var condensed = CompetenceQueryBuilder.Condense(Find("C.2.1.1.").Text);

        Assert.StartsWith("Rédiger un plan d’actions commerciales accessibles à tous, en définissant les actions opérationnelles", condensed);
        Assert.EndsWith("en respectant des critères de durabilité, d'accessibilité", condensed);
        Assert.DoesNotContain("afin de", condensed);
        Assert.DoesNotContain("\n", condensed);
    }

    [Fact]
    public void A_purpose_clause_in_the_middle_is_dropped_up_to_the_next_comma_and_what_follows_is_kept()
    {
        var condensed = CompetenceQueryBuilder.Condense(Find("C.2.1.2.").Text);

        Assert.Contains("en mobilisant des outils d’analyse de marché et de veille concurrentielle, tout en assurant une coordination efficace", condensed);
        Assert.DoesNotContain("décisions agiles", condensed);
    }

    [Fact]
    public void Queries_are_the_condensed_competence_then_each_criterion()
    {
        var competence = Find("C.2.2.1.") with { Signals = [] };

        var queries = new CompetenceQueryBuilder().Build(competence);

        Assert.Equal(1 + competence.AllCriteria().Count(), queries.Count);
        Assert.Equal(CompetenceQueryBuilder.Condense(competence.Text), queries[0]);
        Assert.Equal("Le plan de prospection commerciale multicanale est défini.", queries[1]);
        Assert.Equal("L’offre commerciale est construite en fonction des caractéristiques du public cible.", queries[3]);
    }

    [Fact]
    public void Signals_together_form_one_last_query()
    {
        var competence = Find("C.2.1.1.") with { Signals = ["budget prévisionnel", "tableau de bord"] };

        var queries = new CompetenceQueryBuilder().Build(competence);

        Assert.Equal(1 + competence.AllCriteria().Count() + 1, queries.Count);
        Assert.Equal("budget prévisionnel tableau de bord", queries[^1]);
    }

    [Fact]
    public void With_the_rubric_vocabulary_generic_words_leave_the_queries_and_specific_ones_stay()
    {
        var vocabulary = new RubricVocabulary(Rubric.Value.Rubric.Competences, new FrenchTextAnalyzer());

        var queries = new CompetenceQueryBuilder(vocabulary).Build(Find("C.2.1.2."));

        Assert.Contains(vocabulary.Analyzer.Analyze("commerciales").Single(), vocabulary.GenericTerms);
        Assert.DoesNotContain(vocabulary.Analyzer.Analyze("veille").Single(), vocabulary.GenericTerms);
        Assert.Contains("veille", queries[0]);
        Assert.DoesNotContain("commerciales", queries[0]);
    }

    [Fact]
    public void A_query_made_only_of_generic_words_is_kept_whole()
    {
        var vocabulary = new RubricVocabulary(Rubric.Value.Rubric.Competences, new FrenchTextAnalyzer());

        Assert.Equal("stratégie commerciale", vocabulary.WithoutGenericWords("stratégie commerciale"));
    }
}
