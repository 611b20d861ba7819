namespace Grader.Pipeline.Tests.Evaluation.Verification;

public sealed class QuoteVerifierEvalSetTests
{
    [Fact]
    public void All_77_labelled_quotes_verify_on_their_page()
    {
        var quotes = EvalSetDossiers.Quotes().ToList();
        Assert.Equal(77, quotes.Count);

        var failures = new List<string>();
        foreach (var group in quotes.GroupBy(q => q.Case))
        {
            var verifier = EvalSetDossiers.Verifier(group.Key);
            foreach (var quote in group)
            {
                var match = verifier.Find(quote.Quote);
                if (match is null)
                {
                    failures.Add($"introuvable : {quote}");
                }
                else if (match.Page != quote.Page)
                {
                    failures.Add($"page {match.Page} au lieu de {quote.Page} : {quote}");
                }
                else if (match.ChunkId is null || match.File != "dossier.pdf")
                {
                    failures.Add($"sans chunk ou fichier : {quote}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Match_is_the_exact_substring_of_the_evaluated_text()
    {
        var (_, text) = EvalSetDossiers.Load("e2-fort");
        var verifier = EvalSetDossiers.Verifier("e2-fort");

        var match = verifier.Find("Contrat de traitement des données conforme au RGPD et à la loi québécoise sur la protection des renseignements personnels.");

        Assert.NotNull(match);
        Assert.Equal(text.Text.Text[match.Start..match.End], match.Text);
        Assert.StartsWith("Contrat de traitement", match.Text, StringComparison.Ordinal);
        Assert.EndsWith("personnels.", match.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_found_in_its_cited_chunk_says_so_and_keeps_that_chunk()
    {
        var (_, text) = EvalSetDossiers.Load("e2-fort");
        var verifier = EvalSetDossiers.Verifier("e2-fort");
        const string quote = "Les commerciaux disposent d’une fiche d’objectifs trimestriels qui traduit ce plan à leur échelle";
        var chunk = text.Chunks.First(c => c.Text.Contains("fiche d’objectifs trimestriels", StringComparison.Ordinal));

        var match = verifier.Find(quote, chunk.Id);
        var uncited = verifier.Find(quote, "0000000000000000");

        Assert.NotNull(match);
        Assert.True(match.InCitedChunk);
        Assert.Equal(chunk.Id, match.ChunkId);
        Assert.NotNull(uncited);
        Assert.False(uncited.InCitedChunk);
        Assert.Equal(2, uncited.Page);
    }

    [Fact]
    public void Quote_retyped_with_straight_apostrophes_other_quotes_and_spacing_verifies_with_the_original_wording()
    {
        var verifier = EvalSetDossiers.Verifier("e2-fort");

        var match = verifier.Find("  \"LES MONTANTS ont été arbitrés avec la Direction financière:ils représentent 11% du revenu récurrent\n prévu, contre 13 % en 2025.\"  ");

        Assert.NotNull(match);
        Assert.Equal(9, match.Page);
        Assert.StartsWith("Les montants ont été arbitrés", match.Text, StringComparison.Ordinal);
        Assert.Contains("11", match.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Retyped_quote_with_straight_apostrophe_and_no_break_spaces_verifies()
    {
        var verifier = EvalSetDossiers.Verifier("e2-fort");

        var match = verifier.Find("Les entreprises de moins de 20\u00A0salariés sont traitées à distance par les conseillers");
        var straight = verifier.Find("Chaque action du plan est rattachée à l'un de ces choix et à un objectif chiffré attribué à une personne.");

        Assert.NotNull(match);
        Assert.Equal(3, match.Page);
        Assert.NotNull(straight);
        Assert.Contains("l’un", straight.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Invented_quote_does_not_verify()
    {
        var verifier = EvalSetDossiers.Verifier("e2-fort");

        Assert.Null(verifier.Find("Nous avons doublé le chiffre d’affaires au Québec grâce à une campagne télévisée nationale."));
        // Real words of the dossier, stitched in an order it never uses.
        Assert.Null(verifier.Find("Les commerciaux disposent d’une fiche d’objectifs trimestriels arbitrés avec la Direction financière"));
    }

    [Fact]
    public void Quote_with_an_ellipsis_verifies_as_ordered_fragments_and_shows_them_joined()
    {
        var verifier = EvalSetDossiers.Verifier("e2-fort");

        var typographic = verifier.Find("Les montants ont été arbitrés avec la Direction financière … contre 13 % en 2025.");
        var dots = verifier.Find("Le décideur type est le dirigeant d’une entreprise de second œuvre [...] qui planifie lui-même le dimanche soir.");
        var reversed = verifier.Find("contre 13 % en 2025 … Les montants ont été arbitrés avec la Direction financière");

        Assert.NotNull(typographic);
        Assert.Equal(9, typographic.Page);
        Assert.Contains(" … ", typographic.Text, StringComparison.Ordinal);
        Assert.NotNull(dots);
        Assert.Equal(5, dots.Page);
        Assert.Null(reversed);
    }

    [Fact]
    public void Very_short_quote_proves_nothing()
    {
        var verifier = EvalSetDossiers.Verifier("e2-fort");

        Assert.Null(verifier.Find("le plan"));
        Assert.Null(verifier.Find("Les montants … en 2025 … arbitrés"));
        Assert.Null(verifier.Find("Le … plan … est"));
        Assert.Null(verifier.Find("   "));
    }
}
