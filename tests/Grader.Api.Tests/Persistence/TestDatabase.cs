using Grader.Persistence;

namespace Grader.Api.Tests.Persistence;

/// <summary>A real, empty database of one provider, created for one test and dropped after it.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>The values of <c>Grader:Database:Provider</c> and <c>Grader:Database:ConnectionString</c> for the service.</summary>
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    /// <summary>A new context on the database: two of them are two users of the service.</summary>
    public abstract GraderDbContext CreateContext();

    public abstract ValueTask DisposeAsync();
}
