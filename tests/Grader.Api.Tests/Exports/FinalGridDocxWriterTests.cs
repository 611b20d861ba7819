using Grader.Api.Exports;
using Grader.Api.Review;

namespace Grader.Api.Tests.Exports;

public sealed class FinalGridDocxWriterTests
{
    private static FinalGridReport Report(string computed, string confirmed, string? reason = null) => new(
        "Session de juin",
        "E2",
        "ELABORATION D’UN PLAN D’ACTIONS COMMERCIALES MULTICANAL",
        "cand-7f3a",
        "Développement commercial — version 1.1.0",
        "hors ligne",
        [
            new FinalGridLine("C.2.2.4.", "Analyser le portefeuille client", "2 — acquis (confiance 60\u00A0%)", "3 — maîtrisé", "Analyse solide, chiffrée."),
            new FinalGridLine("C.2.2.5.", "Construire un tableau de bord", "1 — insuffisant", "1 — insuffisant", ""),
        ],
        computed,
        confirmed,
        reason,
        "1 compétence acquise sur 2",
        "Claire Juré",
        new DateTimeOffset(2026, 6, 12, 14, 5, 0, TimeSpan.Zero),
        [new ReopeningDto("Erreur de saisie", "juror-1", new DateTimeOffset(2026, 6, 13, 9, 0, 0, TimeSpan.Zero))]);

    [Fact]
    public void Opens_with_openxml_and_holds_the_headings_levels_decision_and_notice()
    {
        var paragraphs = DocxText.Paragraphs(FinalGridDocxWriter.Write(Report("non acquis", "non acquis")));
        var all = string.Join("\n", paragraphs);

        Assert.Contains("Grille d’évaluation finale — épreuve E2", paragraphs);
        Assert.Contains("Session\u00A0: Session de juin", paragraphs);
        Assert.Contains("Candidat (identifiant pseudonyme)\u00A0: cand-7f3a", paragraphs);
        Assert.Contains("3 — maîtrisé", paragraphs);
        Assert.Contains("2 — acquis (confiance 60\u00A0%)", paragraphs);
        Assert.Contains("Analyse solide, chiffrée.", paragraphs);
        Assert.Contains("Décision confirmée par le jury\u00A0: non acquis", paragraphs);
        Assert.Contains("Grille finalisée par\u00A0: Claire Juré, le 12 juin 2026 à 14h05 UTC", paragraphs);
        Assert.Contains("Erreur de saisie", all, StringComparison.Ordinal);
        Assert.Contains(FinalGridDocxWriter.JuryDecidedNotice, paragraphs);
        Assert.DoesNotContain("différente de celle calculée", all, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_of_the_computed_decision_is_stated()
    {
        var all = string.Join("\n", DocxText.Paragraphs(FinalGridDocxWriter.Write(Report("acquis", "non acquis", "Dossier en grande partie recopié d’un modèle."))));

        Assert.Contains("différente de celle calculée par la règle", all, StringComparison.Ordinal);
        Assert.Contains("Motif du jury\u00A0: Dossier en grande partie recopié d’un modèle.", all, StringComparison.Ordinal);
    }
}
