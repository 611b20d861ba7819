using System.Text.Json;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Ingestion;
using Grader.Pipeline.Reporting;

namespace Grader.Pipeline.Tests.Evaluation.Model;

// DocumentFormat.OpenXml brings a root namespace of the same name; the alias makes the enum win here.
using DocumentFormat = Grader.Pipeline.Ingestion.DocumentFormat;

public sealed class PreAssessmentModelTests
{
    private static readonly ParsedDocument Dossier = new()
    {
        FileName = "dossier.pdf",
        Format = DocumentFormat.Pdf,
        Metadata = new DocumentMetadata { PageCount = 12 },
        Pages = [],
        Flags = [new DocumentFlag(DocumentFlagKinds.HiddenText, 4, "Texte blanc sur fond blanc.")],
        ContentHash = "abc123",
    };

    [Fact]
    public void Overall_flags_list_document_flags_first_then_each_compétences_flags_with_its_code()
    {
        var criteria = new[]
        {
            CriterionAssessment.FailedFor("C.2.2.4.", "c-2-2-4", Assessable.Both, "le fournisseur n’a pas répondu après trois essais"),
            new CriterionAssessment
            {
                Code = "C.2.1.1.",
                CompetenceId = "c-2-1-1",
                Assessable = Assessable.Written,
                Level = 1,
                Flags = [new AssessmentFlag { Kind = AssessmentFlagKinds.LowConfidence, Detail = "Tirages en désaccord." }],
            },
        };

        var flags = OverallFlags.Compute(OverallFlags.FromDocuments([Dossier]), criteria);

        Assert.Equal([AssessmentFlagKinds.HiddenText, AssessmentFlagKinds.Failed, AssessmentFlagKinds.LowConfidence], flags.Select(f => f.Kind));
        Assert.Equal("dossier.pdf", flags[0].File);
        Assert.Equal(4, flags[0].Page);
        Assert.Null(flags[0].Criterion);
        Assert.Equal(["C.2.2.4.", "C.2.1.1."], flags.Skip(1).Select(f => f.Criterion));
    }

    [Fact]
    public void Refresh_is_stable()
    {
        var assessment = Reporting.SampleAssessments.FromLabels("e2-fort");

        Assert.Equal(assessment.Flags, OverallFlags.Refresh(assessment).Flags);
    }

    [Fact]
    public void Failed_compétence_has_no_level_and_says_why()
    {
        var failed = CriterionAssessment.FailedFor("C.2.2.4.", "c-2-2-4", Assessable.Both, "réponse du modèle illisible (JSON invalide)");

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(failed, PreAssessmentJsonWriter.Options));

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("level").ValueKind);
        Assert.Equal("failed", json.RootElement.GetProperty("status").GetProperty("state").GetString());
        Assert.Equal("both", json.RootElement.GetProperty("assessable").GetString());
        Assert.True(failed.Status.IsFailed);
    }

    [Fact]
    public void Token_total_sums_each_count_and_keeps_unknown_counts_unknown()
    {
        var report = new TokenReport([new CriterionTokens("C.2.1.1.", new TokenCounts(1200, 1100, 300)), new CriterionTokens("C.2.1.2.", new TokenCounts(800, null, null))]);

        Assert.Equal(new TokenCounts(2000, 1100, 300), report.Total);
        Assert.Equal(TokenCounts.Zero, TokenReport.Empty.Total);
    }

    [Fact]
    public void Dossier_file_records_name_format_pages_and_hash()
    {
        Assert.Equal(new DossierFile("dossier.pdf", "pdf", 12, "abc123"), DossierFile.From(Dossier));
    }

    [Fact]
    public void Notice_says_plainly_when_no_language_model_was_used()
    {
        Assert.StartsWith("Pré-évaluation produite sans modèle de langue (mode hors ligne)\u00A0: niveaux indicatifs calculés par heuristiques", AssessmentNotices.For(Providers.Offline, null), StringComparison.Ordinal);
        Assert.Contains("(gpt-4.1-mini)", AssessmentNotices.For(Providers.OpenAI, "gpt-4.1-mini"), StringComparison.Ordinal);
        Assert.False(Providers.UsesLanguageModel("offline"));
        Assert.True(Providers.UsesLanguageModel(Providers.AzureOpenAI));
    }
}
