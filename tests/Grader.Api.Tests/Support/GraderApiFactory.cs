using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Identity;
using Grader.Persistence;
using Grader.Persistence.Entities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Grader.Api.Tests.Support;

/// <summary>
/// The service in-process on a temporary data folder (SQLite database, file store, chunk index), with helpers to
/// create accounts, a session with its jury and an enrolled candidate, and clients signed in with a bearer token
/// obtained from the real sign-in endpoint.
/// </summary>
public class GraderApiFactory : WebApplicationFactory<Program>
{
    public const string Password = "MotDePasseDeTest2026";

    private readonly Dictionary<string, string?> _settings = [];

    public GraderApiFactory()
    {
        DataDirectory = Directory.CreateTempSubdirectory("grader-api-").FullName;
        _settings["Grader:Database:Provider"] = DatabaseProviders.Sqlite;
        _settings["Grader:Database:ConnectionString"] = $"Data Source={Path.Combine(DataDirectory, "grader.db")}";
        _settings["Grader:Index:DataDirectory"] = Path.Combine(DataDirectory, "index");
        _settings["Grader:Storage:Directory"] = Path.Combine(DataDirectory, "files");
        // Tests sign in and upload far more often than a person; the limits have their own tests.
        _settings["Grader:RateLimits:SignIn:PermitLimit"] = "100000";
        _settings["Grader:RateLimits:Upload:PermitLimit"] = "100000";
    }

    public string DataDirectory { get; }

    private Persistence.TestDatabase? _ownedDatabase;

    /// <summary>
    /// The same service on a fresh PostgreSQL database of the server named by <c>GRADER_TEST_POSTGRES</c>; the test
    /// skips with the reason when the variable is not set. The database is dropped with the factory.
    /// </summary>
    public static async Task<GraderApiFactory> OnPostgreSqlAsync()
    {
        var database = await Persistence.PostgreSqlTestDatabase.CreateAsync();
        var factory = new GraderApiFactory()
            .With("Grader:Database:Provider", DatabaseProviders.PostgreSql)
            .With("Grader:Database:ConnectionString", database.ConnectionString);
        factory._ownedDatabase = database;
        return factory;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownedDatabase is not null)
        {
            await _ownedDatabase.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Overrides or adds a setting; call before the first request or <see cref="WebApplicationFactory{T}.Services"/>.</summary>
    public GraderApiFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>When set before the host starts, receives every log line of the service (to explain a failure).</summary>
    public Infrastructure.CapturingLoggerProvider? Logs { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (Logs is { } logs)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
    }

    /// <summary>The captured lines at or above <paramref name="level"/>, one per line, for an assertion message.</summary>
    public string LogText(LogLevel level = LogLevel.Information) =>
        Logs is null ? "" : string.Join('\n', Logs.Lines.Where(l => l.Level >= level).Select(l => $"{l.Level} {l.Category}: {l.Message} {l.Exception}"));

    public async Task<TestUser> CreateUserAsync(string role, string? displayName = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<GraderUser>>();
        var email = $"{role}-{Guid.NewGuid():N}@example.test";
        var user = new GraderUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName ?? role };
        Ensure(await users.CreateAsync(user, Password));
        Ensure(await users.AddToRoleAsync(user, role));
        return new TestUser(user.Id, email, role);
    }

    /// <summary>A client carrying the bearer token the sign-in endpoint returned for the user.</summary>
    public async Task<HttpClient> ClientForAsync(TestUser user)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<HttpClient> ClientAsAsync(string role) => await ClientForAsync(await CreateUserAsync(role));

    /// <summary>
    /// A session on the shipped référentiel with one jury (one juror) and one enrolled candidate who has an account.
    /// </summary>
    public async Task<TestSession> CreateSessionAsync(
        bool blindFirst = false, SessionMode mode = SessionMode.Certifying, ReleasePolicy release = ReleasePolicy.AfterReview, string provider = "offline")
    {
        var juror = await CreateUserAsync(GraderRoles.Juror);
        var candidateUser = await CreateUserAsync(GraderRoles.Candidate);
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraderDbContext>();
        var session = new CertificationSession
        {
            Name = "Session de test",
            RubricId = "developpement-commercial",
            RubricVersion = scope.ServiceProvider.GetRequiredService<Grader.Api.Rubrics.RubricStore>().Get("developpement-commercial").Rubric.Version,
            Epreuves = ["e1", "e2", "e3", "e4", "e6-achats-supply-chain", "e6-commerce-international"],
            Provider = provider,
            BlindFirstReview = blindFirst,
            Mode = mode,
            ReleasePolicy = release,
        };
        var jury = new Jury { Session = session, Name = "Jury A", Members = [new JuryMember { UserId = juror.Id, Role = JuryRole.President }] };
        var candidate = new Candidate { PseudonymousId = $"cand-{Guid.NewGuid():N}"[..17], FullName = "Camille Martin", Email = "camille.martin@example.test", UserId = candidateUser.Id };
        db.AddRange(session, jury, candidate, new Enrolment { SessionId = session.Id, CandidateId = candidate.Id });
        await db.SaveChangesAsync();
        return new TestSession(session.Id, jury.Id, juror, candidate.Id, candidateUser);
    }

    /// <summary>Runs work against the service's own database.</summary>
    public async Task<T> WithDbAsync<T>(Func<GraderDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<GraderDbContext>());
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

public sealed record TestUser(string Id, string Email, string Role);

/// <param name="Juror">Sits on the session's only jury.</param>
/// <param name="CandidateUser">The account linked to the enrolled candidate.</param>
public sealed record TestSession(Guid Id, Guid JuryId, TestUser Juror, Guid CandidateId, TestUser CandidateUser);
