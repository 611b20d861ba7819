using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Processing;
using Grader.Api.Tests.Review;
using Grader.Api.Tests.Support;
using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Api.Tests.Dossiers;

/// <summary>The stored file as the juror's viewer loads it, and the upload limits the candidate's page checks against.</summary>
public sealed class DossierFilesTests(GraderApiFactory factory) : IClassFixture<GraderApiFactory>
{
    [Fact]
    public async Task A_stored_file_is_served_inline_with_its_type_to_its_readers_only()
    {
        var ct = TestContext.Current.CancellationToken;
        var session = await factory.CreateSessionAsync();
        var content = await File.ReadAllBytesAsync(DossierForms.SamplePdf(), ct);
        var (dossierId, fileId) = await factory.WithDbAsync(async db =>
        {
            // Stored as the upload stores it, without running the pipeline: only the file matters here.
            var dossier = await ReviewTestData.SeedDossierAsync(db, await db.Sessions.SingleAsync(s => s.Id == session.Id, ct), session.CandidateId);
            var stored = await factory.Services.GetRequiredService<DossierFileStore>().SaveAsync(dossier.Id, "dossier.pdf", content, ct);
            var file = new DossierFile
            {
                DossierId = dossier.Id, Name = stored.Name, Format = "pdf", SizeBytes = stored.SizeBytes, Sha256 = stored.Sha256, StoragePath = stored.StoragePath,
            };
            db.DossierFiles.Add(file);
            await db.SaveChangesAsync(ct);
            return (dossier.Id, file.Id);
        });

        var juror = await factory.ClientForAsync(session.Juror);
        var response = await juror.GetAsync($"/api/dossiers/{dossierId}/files/{fileId}", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("dossier.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(content, await response.Content.ReadAsByteArrayAsync(ct));

        // Another candidate, or a file id of no dossier of theirs: not found, whoever asks.
        var other = await factory.ClientForAsync((await factory.CreateSessionAsync()).CandidateUser);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/dossiers/{dossierId}/files/{fileId}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await juror.GetAsync($"/api/dossiers/{dossierId}/files/{Guid.NewGuid()}", ct)).StatusCode);
    }

    [Fact]
    public async Task The_upload_limits_are_the_configured_ones_and_need_no_sign_in()
    {
        var limits = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/uploads/limits", TestContext.Current.CancellationToken);

        Assert.Equal(50L * 1024 * 1024, limits.GetProperty("maxFileBytes").GetInt64());
        Assert.Equal(10, limits.GetProperty("maxFiles").GetInt32());
        Assert.Contains(".pdf", limits.GetProperty("acceptedExtensions").EnumerateArray().Select(e => e.GetString()));
    }
}
