using System.Net;
using Grader.Api.Identity;
using Grader.Api.Tests.Persistence;
using Grader.Persistence;

namespace Grader.Api.Tests.DataRights;

/// <summary>The erasure on PostgreSQL, whose foreign keys and transactions are stricter than SQLite's; skipped, saying why, without a server.</summary>
[Collection(Grader.Api.Tests.Processing.HangfireAloneCollection.Name)]
public sealed class PostgreSqlErasureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Erasure_on_PostgreSQL_removes_the_candidate_everywhere_and_keeps_the_chain_intact()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        using var factory = new DataRightsFactory();
        factory.With("Grader:Database:Provider", DatabaseProviders.PostgreSql).With("Grader:Database:ConnectionString", database.ConnectionString);
        var erased = await CandidateRecordSeed.SeedAsync(factory, Ct);
        var kept = await CandidateRecordSeed.SeedAsync(factory, Ct);
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);

        var response = await admin.DeleteAsync($"/api/candidates/{erased.CandidateId}?reason=demande%20du%20candidat", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await ErasureAssertions.AssertErasedAsync(factory, erased, Ct);
        await ErasureAssertions.AssertUntouchedAsync(factory, kept, Ct);
        await ErasureAssertions.AssertAuditChainIntactAsync(admin, Ct);
    }
}
