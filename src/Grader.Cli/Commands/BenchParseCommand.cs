using System.CommandLine;
using System.Diagnostics;
using Grader.Cli.Bench;
using Grader.Pipeline.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Cli.Commands;

/// <summary><c>grader bench parse</c>: pages per second and memory of ingestion on generated PDF and DOCX.</summary>
internal static class BenchParseCommand
{
    public static Command Create(CliContext context)
    {
        var pdfPages = new Option<int>("--pdf-pages") { Description = "Pages du PDF généré (défaut : 200).", DefaultValueFactory = _ => 200 };
        var docxPages = new Option<int>("--docx-pages") { Description = "Pages du DOCX généré (défaut : 100).", DefaultValueFactory = _ => 100 };
        var runs = new Option<int>("--runs") { Description = "Essais mesurés par document, après un essai d’échauffement (défaut : 3).", DefaultValueFactory = _ => 3 };
        var command = new Command("parse", "Mesure la lecture de documents générés : pages par seconde, comparaison à pdftotext, mémoire.")
        {
            pdfPages, docxPages, runs,
        };
        command.SetAction(parseResult =>
        {
            var (pdfCount, docxCount, runCount) = (parseResult.GetValue(pdfPages), parseResult.GetValue(docxPages), parseResult.GetValue(runs));
            if (pdfCount < 1 || docxCount < 1 || runCount < 1)
            {
                context.Error.WriteLine("Erreur : --pdf-pages, --docx-pages et --runs doivent être des entiers positifs.");
                return GraderCli.UserErrorExitCode;
            }

            using var services = PipelineFactory.Build();
            var benchmark = new ParseBenchmark(services.GetRequiredService<DocumentIngestor>(), context.Error);
            var folder = Directory.CreateTempSubdirectory("grader-bench-");
            try
            {
                var pdf = SyntheticPdf.Create(pdfCount);
                var pdfPath = Path.Combine(folder.FullName, "bench.pdf");
                File.WriteAllBytes(pdfPath, pdf);
                var docx = SyntheticDocx.Create(docxCount);
                context.Error.WriteLine($"Documents générés dans {folder.FullName}.");

                var measurements = new[]
                {
                    benchmark.Measure($"PDF généré ({pdfCount} p.)", "bench.pdf", pdf, pdfCount, runCount, pdfPath),
                    benchmark.Measure($"DOCX généré ({docxCount} p.)", "bench.docx", docx, docxCount, runCount, null),
                };
                var heap = benchmark.HeapAfterSuccessiveParses("bench.pdf", pdf, 5);
                using var self = Process.GetCurrentProcess();
                context.Output.Write(ParseBenchmark.ToMarkdown(measurements, heap, self.PeakWorkingSet64));
                return 0;
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        });
        return command;
    }
}
