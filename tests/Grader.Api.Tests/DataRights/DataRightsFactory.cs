using Grader.Api.Tests.Support;
using Grader.Pipeline.Indexing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Api.Tests.DataRights;

/// <summary>
/// The service as <see cref="GraderApiFactory"/> hosts it, plus the chunk index (registered here until the API
/// registers it itself; <c>AddGraderIndexing</c> only adds what is missing), the periodic retention pass switched off
/// so that tests run it when they choose, and a clock (by default the system's) read to the millisecond.
/// <para>
/// Why the millisecond: the audit trail hashes <c>AuditEntry.At</c> to the tick (100 ns), but SQLite stores it with
/// <c>DateTimeOffsetToBinaryConverter</c> (100 µs) and PostgreSQL in microseconds, so an entry written at an instant
/// finer than that no longer verifies once read back (GET /api/audit/verify reports entry 1 broken on main). The fix
/// belongs to the audit trail (truncate <c>At</c> before hashing); until then these tests give it instants the stores
/// keep exactly, so that they check what erasure does to the chain and not that defect.
/// </para>
/// </summary>
public sealed class DataRightsFactory : GraderApiFactory
{
    private readonly TimeProvider _clock;

    public DataRightsFactory() : this(new MillisecondClock(TimeProvider.System))
    {
    }

    private DataRightsFactory(TimeProvider clock)
    {
        _clock = clock;
        With("Grader:Retention:Enabled", "false");
    }

    /// <summary>A service whose every clock reading (retention, audit) comes from <paramref name="clock"/>.</summary>
    public static DataRightsFactory WithClock(MovableClock clock) => new(clock);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices((context, services) =>
        {
            if (!services.Any(d => d.ServiceType == typeof(IChunkIndex)))
            {
                services.AddGraderIndexing(context.Configuration);
            }
        });
        builder.ConfigureTestServices(services => services.AddSingleton(_clock));
    }
}

/// <summary>Another clock's time, cut to the millisecond (see <see cref="DataRightsFactory"/>).</summary>
public sealed class MillisecondClock(TimeProvider inner) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => Truncate(inner.GetUtcNow());

    public static DateTimeOffset Truncate(DateTimeOffset t) => new(t.Ticks - t.Ticks % TimeSpan.TicksPerMillisecond, t.Offset);
}

/// <summary>A clock that stands still until the test moves it, on whole milliseconds.</summary>
public sealed class MovableClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = MillisecondClock.Truncate(start);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
