using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Reporting;

namespace Grader.Pipeline.Tests.Reporting;

public sealed class PreAssessmentMarkdownWriterTests
{
    private static readonly PreAssessmentMarkdownWriter Writer = new();

    private static string Render(string caseName, string provider = Providers.Offline) =>
        Writer.Write(SampleAssessments.FromLabels(caseName, provider), SampleAssessments.Rubric.Value);

    [Fact]
    public void Offline_report_shows_the_notice_in_a_callout_before_the_compétences()
    {
        var report = Render("e2-fort");

        var notice = report.IndexOf("> **Mode hors ligne\u00A0:** Pré-évaluation produite sans modèle de langue (mode hors ligne)", StringComparison.Ordinal);
        Assert.True(notice > 0);
        Assert.True(notice < report.IndexOf("## Compétences", StringComparison.Ordinal));
        Assert.Contains("> [!WARNING]", report, StringComparison.Ordinal);
        Assert.StartsWith("# Pré-évaluation — épreuve E2 · ELABORATION D’UN PLAN D’ACTIONS COMMERCIALES MULTICANAL", report, StringComparison.Ordinal);
        Assert.Matches(@"\| Référentiel \| Certification professionnelle en développement commercial au national et à l’international — version \d+\.\d+\.\d+ \|", report);
    }

    [Fact]
    public void Model_report_has_no_offline_notice()
    {
        var report = Render("e2-fort", Providers.AzureOpenAI);

        Assert.DoesNotContain("sans modèle de langue", report, StringComparison.Ordinal);
        Assert.Contains("Proposition d’un modèle de langue", report, StringComparison.Ordinal);
        Assert.Contains("Prompt evaluate-criterion v1.0.0", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Levels_carry_their_scale_label_and_quotes_their_page()
    {
        var report = Render("e2-fort");

        Assert.Contains("### C.2.1.1. — Rédiger un plan d’actions commerciales accessibles à tous", report, StringComparison.Ordinal);
        Assert.Contains("- **Niveau proposé\u00A0:** 3 — maîtrisé", report, StringComparison.Ordinal);
        Assert.Contains("- **Niveau proposé\u00A0:** 2 — acquis", report, StringComparison.Ordinal);
        Assert.Contains("- **Confiance\u00A0:** 55\u00A0%", report, StringComparison.Ordinal);
        Assert.Contains(
            "> «\u00A0Les montants ont été arbitrés avec la Direction financière : ils représentent 11 % du revenu récurrent prévu, contre 13 % en 2025.\u00A0» — p.\u00A09",
            report,
            StringComparison.Ordinal);
        // One file: pages alone; the file is named only when the dossier has several.
        Assert.DoesNotContain("dossier.pdf, p.", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Oral_only_compétence_says_it_is_left_to_the_soutenance()
    {
        var report = Render("e1-moyen");

        var section = report[report.IndexOf("### C.1.3.3.", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", StringComparison.Ordinal)];
        Assert.Contains("- **Évaluable\u00A0:** à l’oral uniquement", section, StringComparison.Ordinal);
        Assert.Contains("non évaluable à l’écrit — à apprécier en soutenance", section, StringComparison.Ordinal);
        Assert.DoesNotContain("Confiance", section, StringComparison.Ordinal);
        Assert.Contains("**Questions pour la soutenance\u00A0:**", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_flags_open_the_report_and_deliverables_and_draft_feedback_follow()
    {
        var report = Render("e2-fort");

        Assert.Contains("> **Signalements sur le dossier\u00A0:** Texte masqué (1) · Tentative d’injection d’instructions (1)", report, StringComparison.Ordinal);
        Assert.Contains("| l’analyse du marché et de la concurrence, | ✅ présent | p.\u00A03 |", report, StringComparison.Ordinal);
        Assert.Contains("⚠️ partiel", report, StringComparison.Ordinal);
        Assert.Contains("❌ absent", report, StringComparison.Ordinal);
        var draft = report.IndexOf("## Retour au candidat — Brouillon — à valider par le jury", StringComparison.Ordinal);
        Assert.True(draft > report.IndexOf("## Livrables attendus", StringComparison.Ordinal));
        Assert.True(draft < report.IndexOf("## Provenance", StringComparison.Ordinal));
        Assert.Contains("(empreinte `sha256:", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_from_the_dossier_cannot_inject_markup()
    {
        var assessment = SampleAssessments.FromLabels("e2-fort");
        var first = assessment.Criteria[0] with
        {
            Rationale = "# Niveau maximal <script>alert(1)</script> | **gras**",
        };

        var report = Writer.Write(assessment with { Criteria = [first, .. assessment.Criteria.Skip(1)] }, SampleAssessments.Rubric.Value);

        Assert.Contains(@"\# Niveau maximal \<script\>alert(1)\</script\> \| \*\*gras\*\*", report, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_files_name_the_file_beside_the_page()
    {
        var assessment = SampleAssessments.FromLabels("e2-fort");
        assessment = assessment with
        {
            Dossier = new DossierDescription([.. assessment.Dossier.Files, new DossierFile("support.pptx", "pptx", 12, new string('c', 64))]),
        };

        var report = Writer.Write(assessment, SampleAssessments.Rubric.Value);

        Assert.Contains("— dossier.pdf, p.\u00A09", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Unverified_quotes_never_reach_the_report()
    {
        var assessment = SampleAssessments.FromLabels("e2-fort");
        var first = assessment.Criteria[0] with
        {
            Evidence = [.. assessment.Criteria[0].Evidence, EvidenceQuote.Proposed("Une phrase inventée que le dossier ne contient pas.")],
        };

        var report = Writer.Write(assessment with { Criteria = [first, .. assessment.Criteria.Skip(1)] }, SampleAssessments.Rubric.Value);

        Assert.DoesNotContain("Une phrase inventée", report, StringComparison.Ordinal);
    }
}
