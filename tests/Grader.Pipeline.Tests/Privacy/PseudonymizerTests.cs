using Grader.Pipeline.Privacy;

namespace Grader.Pipeline.Tests.Privacy;

public sealed class PseudonymizerTests
{
    private static readonly CandidateIdentity Camille = new("Camille Durand-Lefèvre", "22A04517", "camille.durand@etu.exemple.fr");

    private const string CoverPage = """
        Dossier professionnel — Camille DURAND-LEFÈVRE (n° étudiant 22A04517)
        Contact : camille.durand@etu.exemple.fr — 06 12 34 56 78
        Adresse : 12 bis rue des Lilas, 44000 Nantes
        Tuteur : Marc Olivier, marc.olivier@ordonna.example, +33 2 40 12 34 56
        """;

    private static Pseudonymizer New(CandidateIdentity? identity = null) => new(new PrivacyScope(identity ?? Camille));

    [Fact]
    public void Cover_page_leaves_no_personal_data()
    {
        var pseudonymizer = New();

        var text = pseudonymizer.Pseudonymize(CoverPage);

        foreach (var secret in new[] { "Camille", "DURAND", "LEFÈVRE", "22A04517", "camille.durand", "06 12 34 56 78", "rue des Lilas", "44000", "marc.olivier@", "40 12 34 56" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Dossier professionnel — [CANDIDAT] (n° étudiant [NUM_ETUDIANT])", text, StringComparison.Ordinal);
        Assert.Contains("Contact : [EMAIL_1] — [TEL_1]", text, StringComparison.Ordinal);
        Assert.Contains("Adresse : [ADRESSE_1]", text, StringComparison.Ordinal);
        Assert.Contains("Tuteur : Marc Olivier, [EMAIL_2], [TEL_2]", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("06 12 34 56 78")]
    [InlineData("06.12.34.56.78")]
    [InlineData("0612345678")]
    [InlineData("06-12-34-56-78")]
    [InlineData("+33 6 12 34 56 78")]
    [InlineData("+33 (0)6 12 34 56 78")]
    [InlineData("0033 6 12 34 56 78")]
    public void Every_spelling_of_one_phone_number_gets_the_same_placeholder(string spelling)
    {
        var pseudonymizer = New();
        pseudonymizer.Pseudonymize("Joignable au 06 12 34 56 78.");

        Assert.Equal("Appeler le [TEL_1] après 18 h.", pseudonymizer.Pseudonymize($"Appeler le {spelling} après 18 h."));
    }

    [Theory]
    [InlineData("+32 2 123 45 67")]
    [InlineData("+1 514 555 0199")]
    [InlineData("+44 20 7946 0958")]
    public void International_numbers_are_replaced(string number)
    {
        Assert.Equal("Revendeur : [TEL_1].", New().Pseudonymize($"Revendeur : {number}."));
    }

    [Fact]
    public void Name_is_found_in_any_case_and_without_accents_and_restored_in_full()
    {
        var pseudonymizer = New();

        var text = pseudonymizer.Pseudonymize("Rédigé par camille durand-lefevre. Mme Lefèvre a conduit les entretiens ; DURAND Camille signe.");

        Assert.Equal("Rédigé par [CANDIDAT]. Mme [CANDIDAT] a conduit les entretiens ; [CANDIDAT] signe.", text);
        Assert.Equal(
            "Mme Camille Durand-Lefèvre a conduit les entretiens.",
            pseudonymizer.Depseudonymize("Mme [CANDIDAT] a conduit les entretiens."));
    }

    [Fact]
    public void Short_name_parts_are_left_alone()
    {
        var text = New(new CandidateIdentity("Li Wu Zhang")).Pseudonymize("Le livre blanc de Li Wu Zhang cite la loi.");

        Assert.Equal("Le livre blanc de Li Wu [CANDIDAT] cite la loi.", text);
    }

    [Fact]
    public void Same_value_same_placeholder_and_restoration_round_trips()
    {
        var pseudonymizer = New();
        const string original = """
            Écrire à contact@biscuiterie-pertuis.example ou à CONTACT@biscuiterie-pertuis.example.
            Virement sur FR76 3000 6000 0112 3456 7890 189 (BIC AGRIFRPP).
            Siège : 3, avenue du Général de Gaulle, 85100 Les Sables-d’Olonne.
            """;

        var pseudonymized = pseudonymizer.Pseudonymize(original);

        Assert.Equal(
            """
            Écrire à [EMAIL_2] ou à [EMAIL_2].
            Virement sur [IBAN_1] (BIC AGRIFRPP).
            Siège : [ADRESSE_1].
            """,
            pseudonymized);
        Assert.Equal(
            """
            Écrire à contact@biscuiterie-pertuis.example ou à contact@biscuiterie-pertuis.example.
            Virement sur FR76 3000 6000 0112 3456 7890 189 (BIC AGRIFRPP).
            Siège : 3, avenue du Général de Gaulle, 85100 Les Sables-d’Olonne.
            """,
            pseudonymizer.Depseudonymize(pseudonymized));
    }

    [Fact]
    public void Iban_with_a_wrong_check_digit_is_not_personal_data()
    {
        const string text = "Référence produit FR76 3000 6000 0112 3456 7890 188 au catalogue.";

        Assert.Equal(text, New().Pseudonymize(text));
    }

    [Fact]
    public void Business_plan_figures_dates_and_siret_are_left_alone()
    {
        // SIRET and SIREN identify a company, not a person: the evaluation may need them and they stay.
        const string text = """
            Le chiffre d’affaires atteint 742 k€ en 2025 (+18 %), puis 3,1 M€ en 2027 ; marge brute 12 500 €.
            Lancement le 15/09/2026, revue le 2026-03-31, soit 12000 exemplaires et 45 000 visiteurs sur le salon.
            SIRET 732 829 320 00074 — SIREN 732829320 — TVA FR 40 732829320 — code NAF 62.01Z.
            Hausse de +12 500 000 € du carnet de commandes, +1 250 000 euros de marge, +14 000 000 EUR au total.
            Objectif : 350 officines, 1 200 points de vente, ticket moyen 24,90 € ; +15 % sur 12 mois.
            Réunion à 15 h 30, heure de Paris, toutes les deux semaines (01 à 26).
            """;

        Assert.Equal(text, New().Pseudonymize(text));
    }

    [Fact]
    public void Unknown_placeholders_are_left_as_they_are()
    {
        var pseudonymizer = New();

        Assert.Equal("Voir [TEL_9] et [candidat].", pseudonymizer.Depseudonymize("Voir [TEL_9] et [candidat]."));
    }

    [Fact]
    public void Lower_cased_placeholder_from_a_model_is_restored()
    {
        var pseudonymizer = New();
        pseudonymizer.Pseudonymize("Tél. 06 12 34 56 78");

        Assert.Equal("Rappeler au 06 12 34 56 78.", pseudonymizer.Depseudonymize("Rappeler au [tel_1]."));
    }

    [Fact]
    public void Scope_does_not_print_its_values()
    {
        var scope = new PrivacyScope(Camille);
        new Pseudonymizer(scope).Pseudonymize(CoverPage);

        Assert.DoesNotContain("Camille", scope.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Camille", Camille.ToString(), StringComparison.Ordinal);
        Assert.True(scope.Count >= 5);
    }
}
