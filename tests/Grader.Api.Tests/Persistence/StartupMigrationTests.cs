using System.Net;
using Grader.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Api.Tests.Persistence;

/// <summary>The service, configured only through <c>Grader:Database</c>, picks the provider and migrates the database at start-up.</summary>
public abstract class StartupMigrationTests
{
    protected abstract Task<TestDatabase> CreateEmptyDatabaseAsync();

    [Fact]
    public async Task The_service_migrates_the_configured_database_at_start_up()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var database = await CreateEmptyDatabaseAsync();
        // A temporary data folder for everything else (index, files, jobs), so that parallel tests never share a file.
        await using var factory = new Support.GraderApiFactory()
            .With("Grader:Database:Provider", database.Provider)
            .With("Grader:Database:ConnectionString", database.ConnectionString);

        var response = await factory.CreateClient().GetAsync("/health", cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GraderDbContext>();
        Assert.Equal(database.Provider, context is PostgreSqlGraderDbContext ? DatabaseProviders.PostgreSql : DatabaseProviders.Sqlite);
        Assert.Empty(await context.Database.GetPendingMigrationsAsync(cancellation));
        await using var direct = database.CreateContext();
        Assert.Equal(context.Database.GetMigrations(), await direct.Database.GetAppliedMigrationsAsync(cancellation));
    }
}
