using Grader.Api.Identity;
using Grader.Api.Tests.Support;

namespace Grader.Api.Tests.Authorization;

/// <summary>One service, two sessions with their juror and candidate, and a signed-in client per <see cref="Caller"/>.</summary>
public sealed class AuthorizationMatrixFixture : IAsyncLifetime
{
    private readonly Dictionary<Caller, HttpClient> _clients = [];

    public GraderApiFactory Factory { get; } = new();
    public TestSession Own { get; private set; } = null!;
    public TestSession Other { get; private set; } = null!;
    public TestUser Administrator { get; private set; } = null!;

    public HttpClient ClientFor(Caller caller) => _clients[caller];

    public async ValueTask InitializeAsync()
    {
        Own = await Factory.CreateSessionAsync();
        Other = await Factory.CreateSessionAsync();
        Administrator = await Factory.CreateUserAsync(GraderRoles.Administrator);
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
        .Replace("{user}", Own.Juror.Id, StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await Factory.DisposeAsync();
    }
}
