namespace Grader.Api.Tests.Persistence;

public sealed class SqliteStartupMigrationTests : StartupMigrationTests
{
    protected override Task<TestDatabase> CreateEmptyDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}
