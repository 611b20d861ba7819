using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Processing;
using Grader.Api.Tests.Review;
using Grader.Api.Tests.Support;
using Grader.Persistence.Entities;
using Grader.Pipeline.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Api.Tests.Dossiers.Preview;

/// <summary>
/// GET /api/dossiers/{id}/files/{fileId}/preview: a stored DOCX, PPTX or XLSX as the pipeline's parser reads it, with the
/// page numbers its evidence quotes carry, for the file's readers only; a file the parser refuses is a French 422.
/// </summary>
public sealed class DocumentPreviewTests(GraderApiFactory factory) : IClassFixture<GraderApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_docx_is_previewed_with_the_parsers_pages_blocks_and_table_and_without_its_hidden_text()
    {
        var content = OfficeSamples.Docx();
        var (session, dossierId, fileId) = await SeedAsync("dossier.docx", "docx", content);
        var juror = await factory.ClientForAsync(session.Juror);

        var response = await juror.GetAsync(PreviewUrl(dossierId, fileId), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("docx", preview.GetProperty("kind").GetString());
        Assert.Equal(fileId, preview.GetProperty("fileId").GetGuid());
        Assert.True(preview.GetProperty("pageNumbersEstimated").GetBoolean());
        var parsed = Parse("dossier.docx", content);
        var pages = preview.GetProperty("pages").EnumerateArray().ToList();
        Assert.Equal(parsed.Pages.Select(p => p.Number), pages.Select(p => p.GetProperty("number").GetInt32()));
        Assert.Equal(parsed.Pages.Select(p => $"Page {p.Number}"), pages.Select(p => p.GetProperty("label").GetString()));
        Assert.Equal(3, pages.Count);

        // Each quote's page: the text the parser put on a page is on the same page of the preview.
        var planPage = parsed.Pages.Single(p => p.Blocks.Any(b => b.Text.Contains("trois segments", StringComparison.Ordinal))).Number;
        var shown = pages.Single(p => p.GetProperty("number").GetInt32() == planPage);
        var blocks = shown.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Contains(blocks, b => b.GetProperty("kind").GetString() == "heading" && b.GetProperty("text").GetString() == "Plan d’actions");
        var table = Assert.Single(blocks, b => b.GetProperty("kind").GetString() == "table");
        Assert.Equal(["Segment", "Objectif"], table.GetProperty("rows")[0].EnumerateArray().Select(c => c.GetString()));

        // Hidden text is never shown as if visible: out of every block, only named by the page's flag.
        Assert.DoesNotContain(OfficeSamples.HiddenSentence, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains(shown.GetProperty("flags").EnumerateArray(), f => f.GetProperty("kind").GetString() == "hidden-text");
    }

    [Fact]
    public async Task A_pptx_is_previewed_slide_by_slide_with_its_notes()
    {
        var content = OfficeSamples.Pptx();
        var (session, dossierId, fileId) = await SeedAsync("soutenance.pptx", "pptx", content);
        var candidate = await factory.ClientForAsync(session.CandidateUser);

        var preview = await candidate.GetFromJsonAsync<JsonElement>(PreviewUrl(dossierId, fileId), Ct);

        var pages = preview.GetProperty("pages").EnumerateArray().ToList();
        var parsed = Parse("soutenance.pptx", content);
        Assert.Equal(parsed.Pages.Select(p => p.Number), pages.Select(p => p.GetProperty("number").GetInt32()));
        Assert.Equal(["Diapositive 1", "Diapositive 2"], pages.Select(p => p.GetProperty("label").GetString()));
        Assert.Equal("Résultats obtenus", pages[1].GetProperty("title").GetString());
        var notes = Assert.Single(pages[1].GetProperty("blocks").EnumerateArray(), b => b.GetProperty("kind").GetString() == "notes");
        Assert.Equal("Insister sur le taux de transformation.", notes.GetProperty("text").GetString());
    }

    [Fact]
    public async Task An_xlsx_is_previewed_sheet_by_sheet_as_tables()
    {
        var content = OfficeSamples.Xlsx();
        var (_, dossierId, fileId) = await SeedAsync("budget.xlsx", "xlsx", content);
        var pedagogy = await factory.ClientAsAsync(Grader.Api.Identity.GraderRoles.Pedagogy);

        var preview = await pedagogy.GetFromJsonAsync<JsonElement>(PreviewUrl(dossierId, fileId), Ct);

        var pages = preview.GetProperty("pages").EnumerateArray().ToList();
        Assert.Equal(Parse("budget.xlsx", content).Pages.Select(p => p.Number), pages.Select(p => p.GetProperty("number").GetInt32()));
        Assert.Equal(["Feuille « Budget »", "Feuille « Suivi »"], pages.Select(p => p.GetProperty("label").GetString()));
        var table = Assert.Single(pages[0].GetProperty("blocks").EnumerateArray());
        Assert.Equal("table", table.GetProperty("kind").GetString());
        Assert.Equal(["Salons", "4500"], table.GetProperty("rows")[1].EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Only_the_files_readers_get_its_preview()
    {
        var (_, dossierId, fileId) = await SeedAsync("dossier.docx", "docx", OfficeSamples.Docx());
        var elsewhere = await factory.CreateSessionAsync();

        foreach (var stranger in new[] { elsewhere.Juror, elsewhere.CandidateUser })
        {
            var client = await factory.ClientForAsync(stranger);
            var response = await client.GetAsync(PreviewUrl(dossierId, fileId), Ct);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("Analyse du marché", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync(PreviewUrl(dossierId, fileId), Ct)).StatusCode);
    }

    [Fact]
    public async Task A_corrupt_file_is_a_french_problem_not_a_server_error()
    {
        // A Word file cut in half, as an interrupted copy leaves it.
        var whole = OfficeSamples.Docx();
        var (session, dossierId, fileId) = await SeedAsync("abime.docx", "docx", whole[..(whole.Length / 2)]);
        var juror = await factory.ClientForAsync(session.Juror);

        for (var attempt = 0; attempt < 2; attempt++)
        {
            // The second answer comes from the cache of refusals: the same problem.
            var response = await juror.GetAsync(PreviewUrl(dossierId, fileId), Ct);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Equal("Aperçu impossible", problem.GetProperty("title").GetString());
            Assert.StartsWith("L’aperçu de « abime.docx » n’a pas pu être construit : Le fichier", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("code").GetString()));
        }
    }

    [Fact]
    public async Task Identical_files_share_one_cached_preview_and_each_is_named_as_itself()
    {
        var content = OfficeSamples.Xlsx();
        var (first, firstDossier, firstFile) = await SeedAsync("budget.xlsx", "xlsx", content);
        var (second, secondDossier, secondFile) = await SeedAsync("copie-budget.xlsx", "xlsx", content);

        var a = await (await factory.ClientForAsync(first.Juror)).GetFromJsonAsync<JsonElement>(PreviewUrl(firstDossier, firstFile), Ct);
        var b = await (await factory.ClientForAsync(second.Juror)).GetFromJsonAsync<JsonElement>(PreviewUrl(secondDossier, secondFile), Ct);

        Assert.Equal(firstFile, a.GetProperty("fileId").GetGuid());
        Assert.Equal("budget.xlsx", a.GetProperty("fileName").GetString());
        Assert.Equal(secondFile, b.GetProperty("fileId").GetGuid());
        Assert.Equal("copie-budget.xlsx", b.GetProperty("fileName").GetString());
        Assert.Equal(a.GetProperty("pages").GetRawText(), b.GetProperty("pages").GetRawText());
    }

    private static string PreviewUrl(Guid dossierId, Guid fileId) => $"/api/dossiers/{dossierId}/files/{fileId}/preview";

    private ParsedDocument Parse(string name, byte[] content) =>
        factory.Services.GetRequiredService<DocumentIngestor>().Ingest(name, content, Ct);

    // Stored as the upload stores it, without running the pipeline: the preview parses the stored file itself.
    private async Task<(TestSession Session, Guid DossierId, Guid FileId)> SeedAsync(string name, string format, byte[] content)
    {
        var session = await factory.CreateSessionAsync();
        var (dossierId, fileId) = await factory.WithDbAsync(async db =>
        {
            var dossier = await ReviewTestData.SeedDossierAsync(db, await db.Sessions.SingleAsync(s => s.Id == session.Id, Ct), session.CandidateId);
            var stored = await factory.Services.GetRequiredService<DossierFileStore>().SaveAsync(dossier.Id, name, content, Ct);
            var file = new DossierFile
            {
                DossierId = dossier.Id, Name = stored.Name, Format = format, SizeBytes = stored.SizeBytes, Sha256 = stored.Sha256, StoragePath = stored.StoragePath,
            };
            db.DossierFiles.Add(file);
            await db.SaveChangesAsync(Ct);
            return (dossier.Id, file.Id);
        });
        return (session, dossierId, fileId);
    }
}
