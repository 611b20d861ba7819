namespace Grader.Api.Tests.Persistence;

public sealed class SqlitePersistenceTests : PersistenceTests
{
    protected override Task<TestDatabase> CreateEmptyDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}
