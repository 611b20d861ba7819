using System.Diagnostics;
using System.Globalization;
using System.Text;
using Grader.Pipeline.Ingestion;

namespace Grader.Cli.Bench;

/// <summary>One measured format: median time over the runs, pages per second, and the reference tool's time.</summary>
internal sealed record ParseMeasurement(string Label, int Pages, IReadOnlyList<TimeSpan> Runs, TimeSpan? Reference)
{
    public TimeSpan Median => Runs.Order().ElementAt(Runs.Count / 2);

    public double PagesPerSecond => Pages / Median.TotalSeconds;
}

/// <summary>
/// Measures the ingestion stage on generated documents: wall time per document (median of several runs after a
/// warm-up), pages per second, pdftotext on the same PDF when installed, and whether the managed heap grows
/// when documents are parsed one after another (it must not: nothing may be retained between documents).
/// </summary>
internal sealed class ParseBenchmark(DocumentIngestor ingestor, TextWriter log)
{
    public ParseMeasurement Measure(string label, string fileName, byte[] content, int pages, int runs, string? referencePath)
    {
        ingestor.Ingest(fileName, content, CancellationToken.None); // warm-up: JIT, fonts, caches
        var times = new List<TimeSpan>();
        for (var run = 0; run < runs; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            var document = ingestor.Ingest(fileName, content, CancellationToken.None);
            stopwatch.Stop();
            pages = document.Pages.Count; // DOCX pages are estimates: report what the parser counted

            times.Add(stopwatch.Elapsed);
            log.WriteLine($"  {label} : essai {run + 1}, {stopwatch.Elapsed.TotalSeconds:F2} s");
        }

        return new ParseMeasurement(label, pages, times, referencePath is null ? null : TimePdfToText(referencePath, runs));
    }

    /// <summary>Heap size after a full collection, following each of <paramref name="count"/> successive parses.</summary>
    public IReadOnlyList<long> HeapAfterSuccessiveParses(string fileName, byte[] content, int count)
    {
        var sizes = new List<long>();
        for (var i = 0; i < count; i++)
        {
            ingestor.Ingest(fileName, content, CancellationToken.None);
            sizes.Add(GC.GetTotalMemory(forceFullCollection: true));
        }

        return sizes;
    }

    private static TimeSpan? TimePdfToText(string path, int runs)
    {
        var times = new List<TimeSpan>();
        for (var run = 0; run <= runs; run++)
        {
            var start = new ProcessStartInfo("pdftotext", [path, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            var stopwatch = Stopwatch.StartNew();
            try
            {
                using var process = Process.Start(start)!;
                process.StandardOutput.ReadToEnd();
                process.WaitForExit();
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return null; // not installed
            }

            if (run > 0)
            {
                times.Add(stopwatch.Elapsed);
            }
        }

        return times.Order().ElementAt(times.Count / 2);
    }

    public static string ToMarkdown(IReadOnlyList<ParseMeasurement> measurements, IReadOnlyList<long> heap, long peakWorkingSet)
    {
        var fr = CultureInfo.GetCultureInfo("fr-FR");
        var text = new StringBuilder();
        text.AppendLine("| document | pages | temps médian | pages/s | pdftotext | rapport à pdftotext |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var m in measurements)
        {
            var reference = m.Reference is { } r ? string.Format(fr, "{0:F2} s", r.TotalSeconds) : "—";
            var ratio = m.Reference is { } rr ? string.Format(fr, "{0:F1} ×", m.Median / rr) : "—";
            text.AppendLine(string.Format(fr, "| {0} | {1} | {2:F2} s | {3:F0} | {4} | {5} |", m.Label, m.Pages, m.Median.TotalSeconds, m.PagesPerSecond, reference, ratio));
        }

        text.AppendLine();
        text.AppendLine(string.Format(fr, "Tas géré après chacune de {0} lectures successives du PDF (Mo) : {1}.", heap.Count,
            string.Join(" ; ", heap.Select(h => (h / 1024.0 / 1024.0).ToString("F1", fr)))));
        text.AppendLine(string.Format(fr, "Mémoire de travail maximale du processus : {0:F0} Mo.", peakWorkingSet / 1024.0 / 1024.0));
        return text.ToString();
    }
}
