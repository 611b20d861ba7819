using Grader.Api.Identity;
using Grader.Persistence;
using Grader.Persistence.Entities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Web.Tests.Support;

/// <summary>
/// The whole service (API and web pages) on a real Kestrel port of the loopback, so that a browser can reach it, on a
/// temporary data folder, with background processing tuned to notice work quickly; helpers create accounts and sessions.
/// </summary>
public sealed class WebAppFactory : WebApplicationFactory<Program>
{
    public const string Password = "MotDePasseDeTest2026";

    public WebAppFactory()
    {
        DataDirectory = Directory.CreateTempSubdirectory("grader-web-").FullName;
        UseKestrel();
    }

    public string DataDirectory { get; }

    /// <summary>The address Kestrel listens on, known once the server has started.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string>
        {
            // Port 0: the system picks a free one; an explicit address also keeps the service's default (5080) away.
            ["urls"] = "http://127.0.0.1:0",
            ["Grader:Database:Provider"] = DatabaseProviders.Sqlite,
            ["Grader:Database:ConnectionString"] = $"Data Source={Path.Combine(DataDirectory, "grader.db")}",
            ["Grader:Index:DataDirectory"] = Path.Combine(DataDirectory, "index"),
            ["Grader:Storage:Directory"] = Path.Combine(DataDirectory, "files"),
            ["Grader:RateLimits:SignIn:PermitLimit"] = "100000",
            ["Grader:RateLimits:Upload:PermitLimit"] = "100000",
            ["Grader:Jobs:PollInterval"] = "00:00:00.200",
            ["Grader:Jobs:ProgressWriteInterval"] = "00:00:00.100",
            ["Grader:Jobs:Workers"] = "2",
            ["Grader:Jobs:MaxRetries"] = "0",
            // Pages publish rubric and guidelines versions (guidelines sit beside the rubric): on a copy, never the repository.
            ["Grader:Rubrics:Path"] = CopyRubrics(),
        };
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    private string CopyRubrics()
    {
        var source = Path.Combine(WebFixture.RepositoryRoot, "rubrics");
        var target = Path.Combine(DataDirectory, "rubrics");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy, overwrite: true);
        }

        return target;
    }

    public async Task<TestUser> CreateUserAsync(string role, string displayName)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<GraderUser>>();
        var email = $"{role}-{Guid.NewGuid():N}@example.test";
        var user = new GraderUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        Ensure(await users.CreateAsync(user, Password));
        Ensure(await users.AddToRoleAsync(user, role));
        return new TestUser(user.Id, email, displayName);
    }

    /// <summary>A session on the shipped référentiel (épreuve E2 among others), one juror, one enrolled candidate with an account.</summary>
    public async Task<TestSession> CreateSessionAsync(string name, bool blindFirst = false)
    {
        var juror = await CreateUserAsync(GraderRoles.Juror, "Claire Moreau");
        var candidateUser = await CreateUserAsync(GraderRoles.Candidate, "Camille Martin");
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraderDbContext>();
        var session = new CertificationSession
        {
            Name = name,
            RubricId = "developpement-commercial",
            RubricVersion = scope.ServiceProvider.GetRequiredService<Grader.Api.Rubrics.RubricStore>().Get("developpement-commercial").Rubric.Version,
            Epreuves = ["e2"],
            Provider = "offline",
            BlindFirstReview = blindFirst,
            Mode = SessionMode.Certifying,
            ReleasePolicy = ReleasePolicy.AfterReview,
        };
        var jury = new Jury { Session = session, Name = "Jury A", Members = [new JuryMember { UserId = juror.Id, Role = JuryRole.President }] };
        var candidate = new Candidate { PseudonymousId = $"cand-{Guid.NewGuid():N}"[..13], FullName = "Camille Martin", UserId = candidateUser.Id };
        db.AddRange(session, jury, candidate, new Enrolment { SessionId = session.Id, CandidateId = candidate.Id });
        await db.SaveChangesAsync();
        return new TestSession(session.Id, juror, candidate.Id, candidate.PseudonymousId, candidateUser);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A background worker may still hold a file for a moment; the folder is under the temp directory.
            }
        }
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}

public sealed record TestUser(string Id, string Email, string DisplayName);

public sealed record TestSession(Guid Id, TestUser Juror, Guid CandidateId, string CandidatePseudonym, TestUser CandidateUser);
