using Grader.Pipeline.Privacy;
using Grader.Pipeline.Tests.Evaluation.Verification;

namespace Grader.Pipeline.Tests.Privacy;

/// <summary>
/// The eval-set dossiers are fictional business dossiers without personal data, full of amounts, dates,
/// percentages, place names and tables: the realistic ground for false positives.
/// </summary>
public sealed class PseudonymizerEvalSetTests
{
    private static readonly CandidateIdentity Identity = new("Camille Durand", "22A04517", "camille.durand@etu.exemple.fr");

    public static TheoryData<string> Cases => [.. EvalSetDossiers.Cases];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Dossier_without_personal_data_is_sent_unchanged(string caseName)
    {
        var text = EvalSetDossiers.Load(caseName).Text.Text.Text;

        Assert.Equal(text, new Pseudonymizer(new PrivacyScope(Identity)).Pseudonymize(text));
    }

    [Fact]
    public void Personal_data_added_to_a_real_dossier_is_all_replaced_and_the_rest_kept()
    {
        var text = EvalSetDossiers.Load("e2-fort").Text.Text.Text;
        const string coverPage = "Camille DURAND — étudiant n° 22A04517 — camille.durand@etu.exemple.fr — 07 81 22 33 44 — 8 rue Paul Bellamy, 44000 Nantes\n\n";
        const string signature = "\n\nFait à Nantes, le 12 mai 2026. C. Durand, joignable au +33 7 81 22 33 44, RIB FR76 3000 6000 0112 3456 7890 189.";
        var pseudonymizer = new Pseudonymizer(new PrivacyScope(Identity));

        var sent = pseudonymizer.Pseudonymize(coverPage + text + signature);

        Assert.Equal(
            "[CANDIDAT] — étudiant n° [NUM_ETUDIANT] — [EMAIL_1] — [TEL_1] — [ADRESSE_1]\n\n" + text
            + "\n\nFait à Nantes, le 12 mai 2026. C. [CANDIDAT], joignable au [TEL_1], RIB [IBAN_1].",
            sent);
        Assert.Equal(coverPage.Replace("Camille DURAND", "Camille Durand", StringComparison.Ordinal) + text + signature.Replace("C. Durand", "C. Camille Durand", StringComparison.Ordinal)
            .Replace("+33 7 81 22 33 44", "07 81 22 33 44", StringComparison.Ordinal), pseudonymizer.Depseudonymize(sent));
    }
}
