using System.Diagnostics;
using System.Text.Json;

namespace Grader.Cli.Bench.Service;

/// <summary>
/// Measures a running service: sets up a session with one candidate per upload, uploads every dossier at once, and
/// while they are processed keeps <see cref="ServiceBenchOptions.Readers"/> clients reading the endpoints a juror's
/// screen polls. Reports read throughput and latency, upload acceptance, processing outcome and the server's peak memory.
/// </summary>
internal static class ServiceLoadBench
{
    public static async Task<ServiceBenchReport> RunAsync(ServiceBenchOptions options, TextWriter progress, CancellationToken ct)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(64, options.Readers * 2) };
        using var client = new ServiceClient(new HttpClient(handler, disposeHandler: false) { BaseAddress = options.Url, Timeout = TimeSpan.FromMinutes(5) });
        await client.SignInAsync(options.Email, options.Password, ct);

        var sessionId = await client.PostAsync("/api/sessions", new { name = $"Mesure de charge {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss}", epreuves = new[] { options.Epreuve }, provider = "offline" }, ct);
        var candidates = new List<string>();
        for (var i = 0; i < options.Uploads; i++)
        {
            candidates.Add(await client.PostAsync($"/api/sessions/{sessionId}/candidates", new { externalId = $"charge-{i + 1}" }, ct));
        }

        await progress.WriteLineAsync($"Session {sessionId} : {options.Uploads} candidats inscrits ; dépôts simultanés…");
        var uploads = new LatencyRecorder();
        var started = Stopwatch.GetTimestamp();
        var dossierIds = await Task.WhenAll(candidates.Select(async candidate =>
        {
            var at = Stopwatch.GetTimestamp();
            try
            {
                var id = await client.UploadAsync(sessionId, candidate, options.Epreuve, options.Dossier, ct);
                uploads.Record(Stopwatch.GetElapsedTime(at), success: true);
                return id;
            }
            catch (ServiceBenchException)
            {
                uploads.Record(Stopwatch.GetElapsedTime(at), success: false);
                return null;
            }
        }));
        var accepted = dossierIds.OfType<string>().ToList();
        var uploadSummary = uploads.Summarise(Stopwatch.GetElapsedTime(started));

        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reads = new LatencyRecorder();
        var readStarted = Stopwatch.GetTimestamp();
        var readers = Enumerable.Range(0, options.Readers).Select(r => ReadLoopAsync(client.Http, sessionId, accepted, reads, r, stopReading.Token)).ToList();

        var (completed, failed) = await WaitForProcessingAsync(client, accepted, options.Timeout, progress, ct);
        var allProcessed = Stopwatch.GetElapsedTime(started);
        await stopReading.CancelAsync();
        await Task.WhenAll(readers);
        var readSummary = reads.Summarise(Stopwatch.GetElapsedTime(readStarted));

        return new ServiceBenchReport(options, readSummary, uploadSummary, completed, failed + (options.Uploads - accepted.Count), allProcessed, PeakMemory(options.ServerPid));
    }

    // The reads a juror's workspace makes while dossiers are being processed.
    private static async Task ReadLoopAsync(HttpClient http, string sessionId, List<string> dossiers, LatencyRecorder recorder, int seed, CancellationToken stop)
    {
        var random = new Random(seed);
        while (!stop.IsCancellationRequested)
        {
            var path = random.Next(3) switch
            {
                0 => $"/api/sessions/{sessionId}/dossiers?page=1&pageSize=20",
                1 when dossiers.Count > 0 => $"/api/dossiers/{dossiers[random.Next(dossiers.Count)]}",
                _ when dossiers.Count > 0 => $"/api/dossiers/{dossiers[random.Next(dossiers.Count)]}/processing",
                _ => $"/api/sessions/{sessionId}",
            };
            var at = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.GetAsync(path, stop);
                await response.Content.LoadIntoBufferAsync(stop);
                recorder.Record(Stopwatch.GetElapsedTime(at), response.IsSuccessStatusCode);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpRequestException)
            {
                recorder.Record(Stopwatch.GetElapsedTime(at), success: false);
            }
        }
    }

    private static async Task<(int Completed, int Failed)> WaitForProcessingAsync(
        ServiceClient client, List<string> dossiers, TimeSpan timeout, TextWriter progress, CancellationToken ct)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        var states = new Dictionary<string, string>();
        while (Stopwatch.GetTimestamp() < deadline)
        {
            foreach (var id in dossiers.Where(d => !IsTerminal(states.GetValueOrDefault(d))))
            {
                var processing = await client.GetJsonAsync($"/api/dossiers/{id}/processing", ct);
                states[id] = processing.TryGetProperty("state", out var state) && state.ValueKind == JsonValueKind.String ? state.GetString()! : "";
            }

            var done = states.Values.Count(IsTerminal);
            if (done == dossiers.Count)
            {
                break;
            }

            await progress.WriteLineAsync($"  {done}/{dossiers.Count} dossiers traités…");
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }

        return (states.Values.Count(s => s == "Succeeded"), dossiers.Count - states.Values.Count(s => s == "Succeeded"));
    }

    private static bool IsTerminal(string? state) => state is "Succeeded" or "Failed";

    // VmHWM is the resident set's high-water mark: the peak memory the kernel saw, whatever the sampling.
    private static long? PeakMemory(int? pid)
    {
        var status = $"/proc/{pid}/status";
        if (pid is null || !File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }
}
