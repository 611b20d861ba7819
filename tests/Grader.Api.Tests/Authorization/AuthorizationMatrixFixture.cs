using Grader.Api.Identity;
using Grader.Api.Tests.Review;
using Grader.Api.Tests.Support;
using Grader.Persistence.Entities;
using Grader.Api.Processing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Api.Tests.Authorization;

/// <summary>One service, two sessions with their juror and candidate, and a signed-in client per <see cref="Caller"/>.</summary>
public sealed class AuthorizationMatrixFixture : IAsyncLifetime
{
    private readonly Dictionary<Caller, HttpClient> _clients = [];

    public GraderApiFactory Factory { get; } = new();
    public TestSession Own { get; private set; } = null!;
    public TestSession Other { get; private set; } = null!;
    public TestUser Administrator { get; private set; } = null!;
    /// <summary>A pre-assessed dossier of the own candidate in the own session, with one released feedback.</summary>
    public Guid Dossier { get; private set; }
    /// <summary>A stored file of <see cref="Dossier"/>.</summary>
    public Guid File { get; private set; }

    public HttpClient ClientFor(Caller caller) => _clients[caller];

    public async ValueTask InitializeAsync()
    {
        Own = await Factory.CreateSessionAsync();
        Other = await Factory.CreateSessionAsync();
        Administrator = await Factory.CreateUserAsync(GraderRoles.Administrator);
        Dossier = await Factory.WithDbAsync(async db =>
        {
            var dossier = await ReviewTestData.SeedDossierAsync(db, await db.Sessions.SingleAsync(s => s.Id == Own.Id), Own.CandidateId);
            db.ProcessingJobs.Add(new ProcessingJob { DossierId = dossier.Id, State = ProcessingState.Succeeded, Stage = "done" });
            db.FeedbackReleases.Add(new FeedbackRelease { DossierId = dossier.Id, Text = "Retour publié pour le test.", ReleasedBy = Own.Juror.Id });
            var store = Factory.Services.GetRequiredService<DossierFileStore>();
            var stored = await store.SaveAsync(dossier.Id, "dossier.pdf", "%PDF-1.4 test"u8.ToArray(), CancellationToken.None);
            var file = new DossierFile
            {
                DossierId = dossier.Id, Name = stored.Name, Format = "pdf", SizeBytes = stored.SizeBytes, Sha256 = stored.Sha256, StoragePath = stored.StoragePath,
            };
            db.DossierFiles.Add(file);
            File = file.Id;
            await db.SaveChangesAsync();
            return dossier.Id;
        });
        _clients[Caller.Anonymous] = Factory.CreateClient();
        _clients[Caller.Administrator] = await Factory.ClientForAsync(Administrator);
        _clients[Caller.Pedagogy] = await Factory.ClientAsAsync(GraderRoles.Pedagogy);
        _clients[Caller.JurorOfSession] = await Factory.ClientForAsync(Own.Juror);
        _clients[Caller.JurorElsewhere] = await Factory.ClientForAsync(Other.Juror);
        _clients[Caller.CandidateOwner] = await Factory.ClientForAsync(Own.CandidateUser);
        _clients[Caller.CandidateOther] = await Factory.ClientForAsync(Other.CandidateUser);
    }

    public string Fill(string path) => path
        .Replace("{session}", Own.Id.ToString(), StringComparison.Ordinal)
        .Replace("{jury}", Own.JuryId.ToString(), StringComparison.Ordinal)
        .Replace("{candidate}", Own.CandidateId.ToString(), StringComparison.Ordinal)
        .Replace("{user}", Own.Juror.Id, StringComparison.Ordinal)
        .Replace("{dossier}", Dossier.ToString(), StringComparison.Ordinal)
        .Replace("{file}", File.ToString(), StringComparison.Ordinal)
        .Replace("{rubric}", "developpement-commercial", StringComparison.Ordinal)
        .Replace("{code}", "C.2.2.4.", StringComparison.Ordinal)
        .Replace("{epreuve}", "E2", StringComparison.Ordinal)
        .Replace("{document}", "v1", StringComparison.Ordinal)
        .Replace("{provider}", "openai-compatible", StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await Factory.DisposeAsync();
    }
}
