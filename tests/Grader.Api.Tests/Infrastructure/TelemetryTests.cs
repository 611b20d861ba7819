using System.Diagnostics.Metrics;
using Grader.Api.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Grader.Api.Tests.Infrastructure;

public sealed class TelemetryTests
{
    [Fact]
    public async Task The_service_traces_under_the_name_grader()
    {
        await using var factory = new OpsApiFactory();
        _ = factory.Services;

        var tracing = factory.Services.GetRequiredService<TracerProvider>();

        var attributes = tracing.GetResource().Attributes.ToDictionary(a => a.Key, a => a.Value);
        Assert.Equal("grader", attributes["service.name"]);
    }

    [Fact]
    public void The_grader_meter_publishes_the_shared_instruments()
    {
        var seen = new List<(string Instrument, double Value)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == GraderTelemetry.Name)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => seen.Add((instrument.Name, value)));
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => seen.Add((instrument.Name, value)));
        listener.Start();

        GraderTelemetry.DossiersProcessed.Add(1, new KeyValuePair<string, object?>("outcome", "succeeded"));
        GraderTelemetry.EvaluationDuration.Record(2.5);

        Assert.Contains(("grader.dossiers.processed", 1d), seen);
        Assert.Contains(("grader.evaluation.duration", 2.5), seen);
        Assert.Equal("Grader", GraderTelemetry.ActivitySource.Name);
    }
}
