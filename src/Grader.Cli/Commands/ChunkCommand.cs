using System.CommandLine;
using Grader.Cli.Rendering;
using Grader.Pipeline.Chunking;
using Grader.Pipeline.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Cli.Commands;

/// <summary><c>grader chunk FICHIER [--format json]</c>: the chunks retrieval will search, with where they come from.</summary>
internal static class ChunkCommand
{
    public static Command Create(CliContext context)
    {
        var file = FileArguments.Document();
        var format = new Option<string>("--format")
        {
            Description = "Format de sortie : text (liste lisible, par défaut) ou json (tous les champs).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("chunk", "Découpe le document en extraits, avec leur section, leurs pages et leurs positions dans le texte.")
        {
            file,
            format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var services = PipelineFactory.Build();
            var document = services.GetRequiredService<DocumentIngestor>().Ingest(parseResult.GetValue(file)!, cancellationToken);
            var chunks = services.GetRequiredService<StructureAwareChunker>().CreateChunks(document);
            var text = parseResult.GetValue(format) == "json"
                ? CliJson.Serialize(new { document.FileName, document.ContentHash, document.PageNumbersEstimated, Chunks = chunks })
                : ChunkListingWriter.Write(document, chunks);
            await context.Output.WriteLineAsync(text.AsMemory(), cancellationToken);
            return 0;
        });
        return command;
    }
}
