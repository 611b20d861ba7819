using System.Text;
using Grader.Pipeline.Indexing;

namespace Grader.Cli.Rendering;

/// <summary>The readable output of <c>grader search</c>: one block per passage, best first, with where to find it.</summary>
internal static class SearchResultWriter
{
    private const int PassageCharacters = 400;

    public static string Write(SearchResultView view)
    {
        var output = new StringBuilder();
        output.AppendLine($"Recherche « {view.Query} » dans « {view.Document.FileName} »");
        output.AppendLine($"Index : {IndexLabel(view)} ; recherche {ModeLabel(view)}.");
        output.AppendLine(view.Indexed.Reused
            ? $"Dossier déjà indexé avec le même contenu ({FrenchLabels.Number(view.Indexed.ChunkCount)} extraits) : index réutilisé."
            : $"Dossier indexé : {FrenchLabels.Number(view.Indexed.ChunkCount)} extraits.");
        output.AppendLine();

        if (view.Hits.Count == 0)
        {
            output.AppendLine("Aucun passage ne correspond à la requête.");
            return output.ToString();
        }

        for (var i = 0; i < view.Hits.Count; i++)
        {
            var hit = view.Hits[i];
            output.AppendLine($"{i + 1}. {FrenchLabels.Pages(hit.PageStart, hit.PageEnd)} · score {hit.Score.ToString("0.0000", FrenchLabels.Culture)} · extrait {hit.ChunkId}");
            output.AppendLine($"   Section : {(hit.SectionPath.Length > 0 ? hit.SectionPath : "(avant le premier titre)")}");
            output.AppendLine(TextWrap.Wrap("« " + TextWrap.Shorten(OneLine(hit.Text), PassageCharacters) + " »", "   "));
            output.AppendLine();
        }

        return output.ToString().TrimEnd() + Environment.NewLine;
    }

    private static string IndexLabel(SearchResultView view) => view.Health.Provider == "qdrant"
        ? $"Qdrant (collection {view.Options.Collection})"
        : $"intégré ({Path.GetFullPath(view.Options.DataDirectory)})";

    private static string ModeLabel(SearchResultView view)
    {
        var bm25 = view.Options.Analyzer.Trim().Equals(IndexOptions.PlainAnalyzer, StringComparison.OrdinalIgnoreCase)
            ? "BM25 sans analyse du français"
            : "BM25 avec analyse du français";
        return view.EffectiveMode switch
        {
            IndexOptions.HybridMode => $"hybride ({bm25} + embeddings {view.Health.EmbeddingModel}, fusion RRF)",
            IndexOptions.DenseMode => $"sémantique (embeddings {view.Health.EmbeddingModel})",
            _ => $"lexicale ({bm25})",
        };
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
