using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Loading;
using Grader.Pipeline.Tests.Support;

namespace Grader.Pipeline.Tests.Rubrics;

public sealed class RubricIndexTests
{
    private static readonly Lazy<RubricIndex> Index = new(() => new RubricIndex(RubricLoader.LoadValid(RepositoryPaths.DefaultRubric)));

    [Theory]
    [InlineData("C.2.2.4", "C.2.2.4.")]
    [InlineData("C.2.2.4.", "C.2.2.4.")]
    [InlineData("c2.2.4", "C.2.2.4.")]
    [InlineData("c-2-2-4", "C.2.2.4.")]
    [InlineData("C3.1.1", "C3.1.1.")]
    [InlineData("C.3.1.1", "C3.1.1.")]
    [InlineData("A.4.2.3", "A.4.2.3.")]
    [InlineData("C.4.2.3", "A.4.2.3.")]
    public void Finds_a_competence_by_any_spelling_of_its_code(string query, string sourceCode)
    {
        Assert.Equal(sourceCode, Index.Value.GetCompetence(query).Competence.SourceCode);
    }

    [Fact]
    public void Negotiation_competence_has_its_three_criteria_and_its_epreuve()
    {
        var placement = Index.Value.GetCompetence("C.2.2.4");

        Assert.StartsWith("Conduire les négociations commerciales dans un contexte interculturel", placement.Competence.Text, StringComparison.Ordinal);
        Assert.EndsWith("afin d’accroître et de suivre le portefeuille clients.", placement.Competence.Text, StringComparison.Ordinal);
        Assert.Equal(3, placement.Competence.Criteria.Count);
        Assert.Equal("e2", Assert.Single(placement.Epreuves).Id);
        Assert.Equal("A.2.2.", placement.Activity.SourceCode);
    }

    [Fact]
    public void Unknown_codes_get_a_french_error_with_examples()
    {
        var error = Assert.Throws<RubricException>(() => Index.Value.GetCompetence("C.9.9.9"));

        Assert.Equal("unknown-competence", error.Code);
        Assert.Contains("Aucune compétence « C.9.9.9 »", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void E6_alone_is_ambiguous_between_the_two_optional_blocs()
    {
        var error = Assert.Throws<RubricException>(() => Index.Value.GetEpreuve("E6"));

        Assert.Equal("ambiguous-epreuve", error.Code);
        Assert.Contains("e6-achats-supply-chain", error.Message, StringComparison.Ordinal);
        Assert.Contains("e6-commerce-international", error.Message, StringComparison.Ordinal);
        Assert.Equal("e2", Index.Value.GetEpreuve("E2").Id);
        Assert.Equal(5, Index.Value.Rubric.Blocs.Single(b => b.Epreuves.Any(e => e.Id == Index.Value.GetEpreuve("e6-achats-supply-chain").Id)).Number);
    }

    [Theory]
    [InlineData("C.1.2.4")]
    [InlineData("A.1.")]
    [InlineData("bonjour")]
    public void Codes_that_are_not_competences_are_not_found(string query)
    {
        Assert.Null(Index.Value.FindCompetence(query));
    }
}
