using System.CommandLine;
using Grader.Cli.Rendering;
using Grader.Pipeline.Chunking;
using Grader.Pipeline.Indexing;
using Grader.Pipeline.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader search FICHIER --query TEXTE [--top K] [--format json]</c>: indexes the dossier (or reuses the
/// index of the same content) and shows the passages that best answer the query, with where they are.
/// </summary>
internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var file = FileArguments.Document();
        var query = new Option<string>("--query", "-q")
        {
            Description = "Ce que l’on cherche dans le dossier, par exemple « budget prévisionnel ».",
            Required = true,
        };
        var top = new Option<int>("--top", "-k")
        {
            Description = "Nombre de passages à afficher (5 par défaut).",
            DefaultValueFactory = _ => 5,
        };
        top.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 100)
            {
                result.AddError("--top doit être compris entre 1 et 100.");
            }
        });
        var format = new Option<string>("--format")
        {
            Description = "Format de sortie : text (lisible, par défaut) ou json (tous les champs).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("search", "Indexe le dossier (ou réutilise son index) et affiche les passages qui répondent le mieux à la requête.")
        {
            file,
            query,
            top,
            format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var text = parseResult.GetValue(query)!;
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new IndexException(IndexErrorKind.InvalidRequest, "La requête (--query) est vide : indiquez ce que vous cherchez dans le dossier.");
            }

            using var services = PipelineFactory.Build();
            var options = ConfiguredOptions.ReadIndex(services);
            var document = services.GetRequiredService<DocumentIngestor>().Ingest(parseResult.GetValue(file)!, cancellationToken);
            var chunks = services.GetRequiredService<StructureAwareChunker>().CreateChunks(document);
            var indexer = services.GetRequiredService<DossierIndexer>();
            var indexed = await indexer.IndexAsync(document, chunks, cancellationToken);
            var hits = await indexer.SearchAsync(indexed.DossierId, [text], parseResult.GetValue(top), cancellationToken);
            var health = await services.GetRequiredService<IChunkIndex>().CheckHealthAsync(cancellationToken);

            var result = new SearchResultView(document, text, options, indexed, health, hits);
            var rendered = parseResult.GetValue(format) == "json" ? CliJson.Serialize(result.ToJson()) : SearchResultWriter.Write(result);
            await context.Output.WriteLineAsync(rendered.AsMemory(), cancellationToken);
            return 0;
        });
        return command;
    }
}
