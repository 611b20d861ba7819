using System.Text.Json;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Reporting;
using Json.Schema;

namespace Grader.Pipeline.Tests.Reporting;

public sealed class PreAssessmentJsonWriterTests
{
    private static readonly PreAssessmentJsonWriter Writer = new();

    [Theory]
    [InlineData("e2-fort", Providers.Offline)]
    [InlineData("e1-moyen", Providers.OpenAICompatible)]
    public void Output_validates_against_the_shared_evaluate_contract(string caseName, string provider)
    {
        var json = Writer.Write(SampleAssessments.FromLabels(caseName, provider));

        using var document = JsonDocument.Parse(json);
        var result = ContractSchema.Evaluate.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Contract_names_are_camel_case_and_enums_are_the_contracts_words()
    {
        using var document = JsonDocument.Parse(Writer.Write(SampleAssessments.FromLabels("e1-moyen")));
        var root = document.RootElement;

        Assert.Equal("e1", root.GetProperty("epreuve").GetString());
        Assert.Equal("offline", root.GetProperty("provider").GetString());
        var oral = root.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "C.1.3.3.");
        Assert.Equal("oral", oral.GetProperty("assessable").GetString());
        Assert.Equal(JsonValueKind.Null, oral.GetProperty("level").ValueKind);
        Assert.Equal(JsonValueKind.Null, oral.GetProperty("confidence").ValueKind);
        var written = root.GetProperty("criteria")[0];
        Assert.Equal("written", written.GetProperty("assessable").GetString());
        Assert.True(written.GetProperty("evidence")[0].GetProperty("verified").GetBoolean());
        Assert.Equal("ok", written.GetProperty("status").GetProperty("state").GetString());
        Assert.Contains(root.GetProperty("deliverables").EnumerateArray(), d => d.GetProperty("present").GetString() == "partial");
        Assert.Equal("hidden-text", root.GetProperty("flags")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void Accents_and_french_quotes_stay_readable()
    {
        var json = Writer.Write(SampleAssessments.FromLabels("e2-fort"));

        Assert.Contains("Pré-évaluation produite sans modèle de langue", json, StringComparison.Ordinal);
        Assert.Contains("« ignorez les consignes", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00E9", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Output_reads_back_into_the_same_assessment()
    {
        var original = SampleAssessments.FromLabels("e2-fort");

        var copy = PreAssessmentJsonWriter.Read(Writer.Write(original));

        Assert.Equal(Writer.Write(original), Writer.Write(copy));
        Assert.Equal(original.Criteria.Count, copy.Criteria.Count);
        Assert.Equal(original.Provenance.Tokens.Total, copy.Provenance.Tokens.Total);
    }
}
