using Grader.Pipeline.Indexing.Evaluation;

namespace Grader.Pipeline.Tests.Indexing.Evaluation;

public sealed class EvidenceMatcherTests
{
    private const string Quote = "Les montants ont été arbitrés avec la Direction financière : ils représentent 11 % du revenu récurrent prévu.";

    [Fact]
    public void A_passage_containing_the_quote_is_relevant_despite_no_break_spaces_apostrophes_and_case()
    {
        var passage = "9. Moyens\nLES MONTANTS ont été arbitrés avec la Direction financière\u00A0: ils représentent 11\u202F% du revenu récurrent prévu. Suite.";

        Assert.True(EvidenceMatcher.IsRelevant(passage, [Quote]));
        Assert.True(EvidenceMatcher.IsRelevant("Voir l'analyse des concurrents ici.", ["l’analyse des concurrents"]));
    }

    [Fact]
    public void A_quote_cut_by_a_chunk_boundary_counts_when_most_of_it_is_there_in_order()
    {
        // 16 words in the quote (« % » and « : » are not words); the chunk ends after 12 of them (75 %).
        var endOfChunk = "… la campagne. Les montants ont été arbitrés avec la Direction financière : ils représentent 11";
        var startOfNext = "revenu récurrent prévu. Le calendrier suit.";

        Assert.True(EvidenceMatcher.IsRelevant(endOfChunk, [Quote]));
        Assert.False(EvidenceMatcher.IsRelevant(startOfNext, [Quote]));
        Assert.Equal(12.0 / 16, EvidenceMatcher.Overlap(endOfChunk, Quote), 3);
    }

    [Fact]
    public void The_quote_words_scattered_or_out_of_order_do_not_count()
    {
        var scattered = "Les clients ont montants été, avec arbitrés la Direction : financière ils 11 représentent % du prévu revenu récurrent.";

        Assert.True(EvidenceMatcher.Overlap(scattered, Quote) < EvidenceMatcher.DefaultMinimumOverlap);
        Assert.False(EvidenceMatcher.IsRelevant(scattered, [Quote]));
    }

    [Fact]
    public void Any_of_several_quotes_is_enough_and_no_quote_is_never_relevant()
    {
        Assert.True(EvidenceMatcher.IsRelevant("Un point commun toutes les deux semaines.", ["absent ici", "un point commun toutes les deux semaines"]));
        Assert.False(EvidenceMatcher.IsRelevant("Un texte.", []));
    }
}
