using Grader.Pipeline.Evaluation.Offline;

namespace Grader.Pipeline.Tests.Evaluation.Offline;

public sealed class TermSetTests
{
    [Fact]
    public void Stems_meet_across_plural_case_and_accents()
    {
        var criterion = TermSet.Of("Des indicateurs de performance commerciale sont définis.");
        var passage = TermSet.Of("Chaque INDICATEUR mesure les performances commerciales ; ils sont definis avec la direction.");

        Assert.Equal(1.0, criterion.CoverageIn(passage));
    }

    [Fact]
    public void Function_words_and_numbers_are_not_terms()
    {
        var terms = TermSet.Of("Le 12 de la et 2025");

        Assert.Equal(0, terms.Count);
    }
}
