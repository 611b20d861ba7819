using Grader.Pipeline.Calibration;
using Grader.Pipeline.Evaluation.Model;

namespace Grader.Pipeline.Tests.Calibration;

public sealed class EvaluationSetTests
{
    [Fact]
    public void Reads_every_case_of_the_set_with_the_pdf_preferred()
    {
        var set = CalibrationFixtures.DossiersV1;

        Assert.Equal(["e1-faible", "e1-fort", "e1-moyen", "e2-faible", "e2-fort", "e2-moyen"], set.Cases.Select(c => c.Id));
        Assert.All(set.Cases, c => Assert.EndsWith("dossier.pdf", c.DossierPath, StringComparison.Ordinal));
        Assert.Equal("dossiers-v1", set.Name);
    }

    [Fact]
    public void Resolves_levels_codes_and_deliverables_against_the_rubric()
    {
        var e1 = CalibrationFixtures.DossiersV1.Cases.Single(c => c.Id == "e1-fort");
        var e2 = CalibrationFixtures.DossiersV1.Cases.Single(c => c.Id == "e2-moyen");

        Assert.Equal("e1", e1.Epreuve.Id);
        Assert.Null(e1.Labels.Criteria.Single(c => c.Code == "C.1.3.3.").Level);
        Assert.Equal("c-2-1-1", e2.Labels.Criteria.Single(c => c.Code == "C.2.1.1.").Competence.Id);
        Assert.Equal(2, e2.Labels.Criteria.Single(c => c.Code == "C.2.1.1.").Level);
        Assert.Equal(10, e2.Labels.Deliverables.Count);
        Assert.Equal(DeliverablePresence.Absent, e2.Labels.Deliverables.Single(d => d.Item.Id == "e2.d10").Presence);
    }

    [Fact]
    public void Matches_compétence_codes_and_deliverable_items_leniently()
    {
        var folder = CalibrationFixtures.WriteSet("""
            {
              "epreuve": "E2",
              "criteria": {
                "C2.1.1": { "level": 3 },
                "c-2-1-2": { "level": 0 },
                "C.2.2.1": { "level": null }
              },
              "deliverables": {
                "e2.d2": true,
                "L'analyse du marche et de la   concurrence": "partial",
                "LE CALENDRIER D’EXÉCUTION DES ACTIONS COMMERCIALES.": false
              }
            }
            """, dossierName: "dossier.docx");

        var evaluationCase = EvaluationSet.Read(folder, CalibrationFixtures.Rubric).Cases.Single();

        Assert.Equal("cas-01", evaluationCase.Id);
        Assert.EndsWith("dossier.docx", evaluationCase.DossierPath, StringComparison.Ordinal);
        Assert.Equal(["c-2-1-1", "c-2-1-2", "c-2-2-1"], evaluationCase.Labels.Criteria.Select(c => c.Competence.Id));
        Assert.Equal(
            [("e2.d2", DeliverablePresence.Present), ("e2.d1", DeliverablePresence.Partial), ("e2.d8", DeliverablePresence.Absent)],
            evaluationCase.Labels.Deliverables.Select(d => (d.Item.Id, d.Presence)));
    }

    [Fact]
    public void Reports_every_label_problem_in_french_naming_the_file()
    {
        var folder = CalibrationFixtures.WriteSet("""
            {
              "epreuve": "e2",
              "criteria": {
                "C.9.9.9.": { "level": 1 },
                "C.2.1.1.": { "level": 4 },
                "C.1.1.1.": { "level": 2 },
                "C2.2.1": { "level": 1 },
                "c-2-2-1": { "level": 2 },
                "C.2.2.2.": { "why": "oubli" }
              },
              "deliverables": {
                "un business plan": true,
                "e2.d1": "peut-être"
              }
            }
            """);

        var error = Assert.Throws<EvaluationSetException>(() => EvaluationSet.Read(folder, CalibrationFixtures.Rubric));

        Assert.Equal("invalid-labels", error.Code);
        Assert.Contains(Path.Combine(folder, "cas-01", "labels.json"), error.Message, StringComparison.Ordinal);
        Assert.Contains("compétence « C.9.9.9. » inconnue du référentiel", error.Message, StringComparison.Ordinal);
        Assert.Contains("niveau 4 hors de l’échelle du référentiel (0, 1, 2, 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("« C.1.1.1. » n’est pas évaluée par l’épreuve E2", error.Message, StringComparison.Ordinal);
        Assert.Contains("notée deux fois", error.Message, StringComparison.Ordinal);
        Assert.Contains("« C.2.2.2. » : le champ « level » est obligatoire", error.Message, StringComparison.Ordinal);
        Assert.Contains("« un business plan » absent de la liste des livrables de l’épreuve E2", error.Message, StringComparison.Ordinal);
        Assert.Contains("valeur \"peut-être\" non reconnue", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"criteria\": {} }", "le champ « epreuve »")]
    [InlineData("{ \"epreuve\": \"e42\", \"criteria\": {} }", "épreuve « e42 » inconnue")]
    [InlineData("{ \"epreuve\": \"E6\", \"criteria\": {} }", "désigne plusieurs épreuves")]
    [InlineData("{ \"epreuve\": \"e2\", \"criteria\": { ", "n’est pas un JSON valide")]
    public void Rejects_unusable_label_files(string json, string expected)
    {
        var folder = CalibrationFixtures.WriteSet(json);

        var error = Assert.Throws<EvaluationSetException>(() => EvaluationSet.Read(folder, CalibrationFixtures.Rubric));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("labels.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_a_byte_order_mark()
    {
        var folder = CalibrationFixtures.WriteSet("\uFEFF{ \"epreuve\": \"e2\", \"criteria\": { \"C.2.1.1.\": { \"level\": 1 } } }");

        Assert.Single(EvaluationSet.Read(folder, CalibrationFixtures.Rubric).Cases.Single().Labels.Criteria);
    }

    [Fact]
    public void Rejects_a_missing_folder_an_empty_set_and_a_case_without_dossier()
    {
        var missing = Assert.Throws<EvaluationSetException>(() => EvaluationSet.Read("/nonexistent/set", CalibrationFixtures.Rubric));
        Assert.Contains("Jeu d’évaluation introuvable", missing.Message, StringComparison.Ordinal);

        var empty = Directory.CreateTempSubdirectory("grader-calibration-").FullName;
        Assert.Equal("empty-evaluation-set", Assert.Throws<EvaluationSetException>(() => EvaluationSet.Read(empty, CalibrationFixtures.Rubric)).Code);

        var noDossier = CalibrationFixtures.WriteSet("{ \"epreuve\": \"e2\", \"criteria\": {} }", dossierName: "");
        var error = Assert.Throws<EvaluationSetException>(() => EvaluationSet.Read(noDossier, CalibrationFixtures.Rubric));
        Assert.Contains("pas de dossier.pdf ni de dossier.docx", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("le calendrier d’exécution des actions commerciales", "le calendrier d'execution des actions commerciales")]
    [InlineData("Un support visuel,", "un support   visuel")]
    [InlineData("Contenu attendu du livrable :", "contenu attendu du livrable")]
    public void Folds_deliverable_wording(string written, string folded) =>
        Assert.Equal(DeliverableItemText.Fold(folded), DeliverableItemText.Fold(written));
}
