using System.Text;
using Grader.Pipeline.Chunking;
using Grader.Pipeline.Ingestion;

namespace Grader.Cli.Rendering;

/// <summary>A readable list of chunks: where each one is (section, pages, offsets) and how it begins.</summary>
internal static class ChunkListingWriter
{
    private const int PreviewWords = 14;

    public static string Write(ParsedDocument document, IReadOnlyList<Chunk> chunks)
    {
        var output = new StringBuilder();
        output.AppendLine($"« {document.FileName} » : {FrenchLabels.Number(chunks.Count)} extrait{(chunks.Count > 1 ? "s" : "")}"
            + (document.PageNumbersEstimated ? " (numéros de page estimés)" : string.Empty)).AppendLine();
        foreach (var chunk in chunks)
        {
            output.AppendLine($"[{chunk.Ordinal}] {chunk.Id} · {FrenchLabels.Pages(chunk.PageStart, chunk.PageEnd)} · "
                + $"caractères {chunk.StartOffset}–{chunk.EndOffset} · ~{chunk.TokenCount} jetons");
            output.AppendLine($"    Section : {(chunk.SectionPath.Length > 0 ? chunk.SectionPath : "(avant le premier titre)")}");
            output.AppendLine($"    « {Preview(chunk.Text)} »").AppendLine();
        }

        return output.ToString();
    }

    private static string Preview(string text)
    {
        var words = text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var preview = string.Join(' ', words.Take(PreviewWords));
        return words.Length > PreviewWords ? preview + " …" : preview;
    }
}
