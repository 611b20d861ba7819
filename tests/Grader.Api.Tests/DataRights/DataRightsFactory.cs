using Grader.Api.Tests.Support;
using Grader.Pipeline.Indexing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Api.Tests.DataRights;

/// <summary>
/// The service as <see cref="GraderApiFactory"/> hosts it, plus the chunk index (registered here until the API
/// registers it itself; <c>AddGraderIndexing</c> only adds what is missing) and the periodic retention pass switched
/// off so that tests run it when they choose; optionally a clock the test moves.
/// </summary>
public sealed class DataRightsFactory : GraderApiFactory
{
    private readonly TimeProvider? _clock;

    public DataRightsFactory() : this(clock: null)
    {
    }

    private DataRightsFactory(TimeProvider? clock)
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
        if (_clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(_clock));
        }
    }
}

/// <summary>A clock that stands still until the test moves it.</summary>
public sealed class MovableClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
