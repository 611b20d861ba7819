namespace Grader.Api.Tests.Processing;

/// <summary>
/// Tests that start a service host on PostgreSQL (so with Hangfire.PostgreSql) run alone. Hangfire keeps some configuration in static state
/// (log provider, global configuration) that several service hosts started at once in one test process share; in a
/// deployment there is one host per process. Run beside the other hosts, these tests saw the host fail to start or the
/// job never fetched (4 runs in 10 of the full suite), or a host stopping under a request (once); run alone, never.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HangfireAloneCollection
{
    public const string Name = "Hangfire on PostgreSQL, alone";
}
