namespace Grader.Api.Tests.Persistence;

/// <summary>Runs when <c>GRADER_TEST_POSTGRES</c> names a server; skips and says why otherwise.</summary>
public sealed class PostgreSqlPersistenceTests : PersistenceTests
{
    protected override async Task<TestDatabase> CreateEmptyDatabaseAsync() => await PostgreSqlTestDatabase.CreateAsync();
}
