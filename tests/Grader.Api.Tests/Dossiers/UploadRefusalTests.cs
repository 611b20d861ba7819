using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Identity;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.Dossiers;

/// <summary>What an upload refuses, each time with a French problem and nothing left behind.</summary>
public sealed class UploadRefusalTests : IClassFixture<UploadRefusalTests.SmallLimitsFactory>
{
    private readonly SmallLimitsFactory factory;

    public UploadRefusalTests(SmallLimitsFactory factory) => this.factory = factory;

    /// <summary>The sample dossier (86 KB) is over this service's per-file limit; small text files are under it.</summary>
    public sealed class SmallLimitsFactory : Support.GraderApiFactory
    {
        public SmallLimitsFactory()
        {
            With("Grader:Upload:MaxFileBytes", "50000");
            With("Grader:Upload:MaxFiles", "2");
        }
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_413()
    {
        var (client, session) = await AdministratorAsync();

        var response = await client.PostAsync($"/api/sessions/{session.Id}/dossiers", DossierForms.SampleUpload(session.CandidateId), TestContext.Current.CancellationToken);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "dépasse la taille maximale");
    }

    [Fact]
    public async Task Too_many_files_are_refused_with_413()
    {
        var (client, session) = await AdministratorAsync();
        var text = "# Mon dossier\n\nLe plan d’action commercial."u8.ToArray();

        var response = await client.PostAsync($"/api/sessions/{session.Id}/dossiers",
            DossierForms.Upload("e2", session.CandidateId, ("a.md", text, "text/markdown"), ("b.md", text, "text/markdown"), ("c.md", text, "text/markdown")),
            TestContext.Current.CancellationToken);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "au plus 2");
    }

    [Fact]
    public async Task An_executable_sent_as_a_pdf_is_refused_with_415()
    {
        var (client, session) = await AdministratorAsync();
        var executable = new byte[4096];
        "MZ"u8.CopyTo(executable);
        new Random(7).NextBytes(executable.AsSpan(64));

        var response = await client.PostAsync($"/api/sessions/{session.Id}/dossiers",
            DossierForms.Upload("e2", session.CandidateId, ("dossier.pdf", executable, "application/pdf")), TestContext.Current.CancellationToken);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "dossier.pdf");
    }

    [Fact]
    public async Task A_zip_archive_renamed_pdf_is_refused_with_415()
    {
        var (client, session) = await AdministratorAsync();
        using var zipped = new MemoryStream();
        using (var archive = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await archive.CreateEntry("notes.txt").OpenAsync(TestContext.Current.CancellationToken);
            await entry.WriteAsync("Des notes."u8.ToArray(), TestContext.Current.CancellationToken);
        }

        var response = await client.PostAsync($"/api/sessions/{session.Id}/dossiers",
            DossierForms.Upload("e2", session.CandidateId, ("dossier.pdf", zipped.ToArray(), "application/pdf")), TestContext.Current.CancellationToken);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "dossier.pdf");
    }

    [Fact]
    public async Task An_epreuve_the_session_does_not_take_is_refused_with_400()
    {
        var (client, session) = await AdministratorAsync();

        var response = await client.PostAsync($"/api/sessions/{session.Id}/dossiers",
            DossierForms.Upload("e9", session.CandidateId, ("dossier.md", "# Dossier\n\nTexte."u8.ToArray(), "text/markdown")), TestContext.Current.CancellationToken);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "« e9 » n’est pas une épreuve de cette session");
    }

    [Fact]
    public async Task An_administrator_must_name_the_candidate_and_a_juror_may_not_upload()
    {
        var (client, session) = await AdministratorAsync();
        var noCandidate = await client.PostAsync($"/api/sessions/{session.Id}/dossiers",
            DossierForms.Upload("e2", null, ("dossier.md", "# Dossier\n\nTexte."u8.ToArray(), "text/markdown")), TestContext.Current.CancellationToken);
        await AssertProblemAsync(noCandidate, HttpStatusCode.BadRequest, "candidateId");

        var juror = await factory.ClientForAsync(session.Juror);
        var byJuror = await juror.PostAsync($"/api/sessions/{session.Id}/dossiers",
            DossierForms.Upload("e2", session.CandidateId, ("dossier.md", "# Dossier\n\nTexte."u8.ToArray(), "text/markdown")), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, byJuror.StatusCode);
    }

    private async Task<(HttpClient Client, Support.TestSession Session)> AdministratorAsync() =>
        (await factory.ClientAsAsync(GraderRoles.Administrator), await factory.CreateSessionAsync());

    private async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detailPart)
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Contains(detailPart, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("code").GetString()));
        // A refused upload records nothing and keeps no file.
        Assert.Equal(0, await factory.WithDbAsync(db => db.Dossiers.CountAsync(ct)));
        var files = Path.Combine(factory.DataDirectory, "files");
        Assert.True(!Directory.Exists(files) || Directory.GetFiles(files, "*", SearchOption.AllDirectories).Length == 0);
    }
}
