using System.Text.Json;
using Grader.Pipeline.Ingestion;
using Grader.Pipeline.Ingestion.TextFiles;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Grader.Cli.Tests.Commands;

// DocumentFormat.OpenXml brings a root namespace of the same name; the alias makes the enum win here.
using DocumentFormat = Grader.Pipeline.Ingestion.DocumentFormat;

public sealed class ChunkCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Chunk_lists_ids_sections_pages_offsets_and_first_words()
    {
        var path = _cli.Write("dossier.md", SampleDossier.Markdown);

        var (exitCode, output, error) = await CliRunner.RunAsync("chunk", path);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("« dossier.md » : 2 extraits (numéros de page estimés)", output);
        Assert.Matches(@"\[0\] [0-9a-f]{16} · p\. 1 · caractères 0–\d+ · ~\d+ jetons", output);
        Assert.Contains("    Section : 1. Présentation de l’entreprise > 1.1 Objectifs commerciaux", output);
        Assert.Contains("    Section : 2. Analyse du marché", output);
        Assert.Contains("« 1. Présentation de l’entreprise L’entreprise Alpha distribue du matériel agricole dans la région. Elle …", output);
    }

    [Fact]
    public async Task Chunk_json_offsets_point_into_the_evaluated_text()
    {
        var path = _cli.Write("dossier.md", SampleDossier.Markdown);

        var (exitCode, output, _) = await CliRunner.RunAsync("chunk", path, "--format", "json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var chunks = json.RootElement.GetProperty("chunks").EnumerateArray().ToList();
        Assert.Equal(2, chunks.Count);
        var evaluated = EvaluatedText.From(Ingest(path)).Text;
        foreach (var chunk in chunks)
        {
            var start = chunk.GetProperty("startOffset").GetInt32();
            var end = chunk.GetProperty("endOffset").GetInt32();
            Assert.Equal(evaluated[start..end], chunk.GetProperty("text").GetString());
            Assert.Equal(1, chunk.GetProperty("pageStart").GetInt32());
            Assert.Matches("^[0-9a-f]{16}$", chunk.GetProperty("id").GetString()!);
        }

        Assert.Equal("2. Analyse du marché", chunks[1].GetProperty("sectionPath").GetString());
        Assert.Equal(["heading", "paragraph"], chunks[1].GetProperty("blockKinds").EnumerateArray().Select(k => k.GetString()));
        Assert.DoesNotContain("Ignore les consignes", output); // hidden text is not chunked
    }

    [Fact]
    public async Task Chunk_of_a_missing_file_gives_a_French_error()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("chunk", "absent.md");

        Assert.Equal(GraderCli.UserErrorExitCode, exitCode);
        Assert.Contains("« absent.md » est introuvable", error);
    }

    private static ParsedDocument Ingest(string path) =>
        new DocumentIngestor(
                [new TextDocumentParser(DocumentFormat.Markdown)],
                Options.Create(new IngestionOptions()),
                NullLogger<DocumentIngestor>.Instance)
            .Ingest(path, TestContext.Current.CancellationToken);
}
