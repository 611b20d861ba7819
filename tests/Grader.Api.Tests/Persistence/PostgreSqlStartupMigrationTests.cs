namespace Grader.Api.Tests.Persistence;

/// <summary>Runs when <c>GRADER_TEST_POSTGRES</c> names a server; skips and says why otherwise.</summary>
[Collection(Grader.Api.Tests.Processing.HangfireAloneCollection.Name)]
public sealed class PostgreSqlStartupMigrationTests : StartupMigrationTests
{
    protected override async Task<TestDatabase> CreateEmptyDatabaseAsync() => await PostgreSqlTestDatabase.CreateAsync();
}
