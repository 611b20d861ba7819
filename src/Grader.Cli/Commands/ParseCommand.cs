using System.CommandLine;
using Grader.Cli.Rendering;
using Grader.Pipeline.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Cli.Commands;

/// <summary><c>grader parse FICHIER [--format md|json]</c>: the document as Grader reads it, with its flags.</summary>
internal static class ParseCommand
{
    public static Command Create(CliContext context)
    {
        var file = FileArguments.Document();
        var format = new Option<string>("--format")
        {
            Description = "Format de sortie : md (Markdown, par défaut) ou json.",
            DefaultValueFactory = _ => "md",
        };
        format.AcceptOnlyFromAmong("md", "json");

        var command = new Command("parse", "Affiche le document tel que Grader le lit : pages, titres, listes, tableaux et signalements.")
        {
            file,
            format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var services = PipelineFactory.Build();
            var document = services.GetRequiredService<DocumentIngestor>().Ingest(parseResult.GetValue(file)!, cancellationToken);
            var text = parseResult.GetValue(format) == "json" ? DocumentJson.Serialize(document) : DocumentMarkdownWriter.Write(document);
            await context.Output.WriteLineAsync(text.AsMemory(), cancellationToken);
            return 0;
        });
        return command;
    }
}
