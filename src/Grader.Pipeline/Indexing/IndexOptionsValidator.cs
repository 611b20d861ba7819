using Microsoft.Extensions.Options;

namespace Grader.Pipeline.Indexing;

/// <summary>Checks <see cref="IndexOptions"/> at start-up and says in French what to fix.</summary>
public sealed class IndexOptionsValidator : IValidateOptions<IndexOptions>
{
    public ValidateOptionsResult Validate(string? name, IndexOptions options)
    {
        var problems = new List<string>();
        var provider = options.Provider?.Trim().ToLowerInvariant();
        if (provider is not (IndexOptions.EmbeddedProvider or IndexOptions.QdrantProvider))
        {
            problems.Add($"Grader:Index:Provider « {options.Provider} » est inconnu ; valeurs possibles : embedded, qdrant.");
        }

        if (provider == IndexOptions.EmbeddedProvider && string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            problems.Add("Grader:Index:DataDirectory doit indiquer le dossier où l’index intégré est enregistré.");
        }

        if (provider == IndexOptions.QdrantProvider)
        {
            if (!Uri.TryCreate(options.QdrantUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                problems.Add($"Grader:Index:QdrantUrl doit être une URL http(s) absolue vers le port gRPC de Qdrant (par exemple http://localhost:6334), reçu « {options.QdrantUrl} ».");
            }
            else if (url.Port == 6333)
            {
                problems.Add("Grader:Index:QdrantUrl désigne le port REST 6333 ; le client utilise gRPC, en général sur le port 6334.");
            }

            if (string.IsNullOrWhiteSpace(options.Collection) || options.Collection.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
            {
                problems.Add($"Grader:Index:Collection « {options.Collection} » doit être un nom non vide fait de lettres, chiffres, « - » ou « _ ».");
            }
        }

        if (options.Analyzer?.Trim().ToLowerInvariant() is not (IndexOptions.FrenchAnalyzer or IndexOptions.PlainAnalyzer))
        {
            problems.Add($"Grader:Index:Analyzer « {options.Analyzer} » est inconnu ; valeurs possibles : french, plain.");
        }

        if (options.SearchMode?.Trim().ToLowerInvariant() is not (IndexOptions.HybridMode or IndexOptions.LexicalMode or IndexOptions.DenseMode))
        {
            problems.Add($"Grader:Index:SearchMode « {options.SearchMode} » est inconnu ; valeurs possibles : hybrid, lexical, dense.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
