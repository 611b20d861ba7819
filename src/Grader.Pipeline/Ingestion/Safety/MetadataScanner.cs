namespace Grader.Pipeline.Ingestion.Safety;

/// <summary>
/// Reports text hidden in the document's properties (subject, keywords, comments, custom fields): a reader
/// never sees it, and it is a convenient place to leave a message for an AI.
/// </summary>
public sealed class MetadataScanner(PromptInjectionDetector injectionDetector)
{
    /// <summary>A keyword list or a short subject is ordinary; past this many words a field carries prose.</summary>
    private const int MaxOrdinaryWords = 4;

    private static readonly Dictionary<string, string> FrenchFieldNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Subject"] = "Objet",
        ["Keywords"] = "Mots-clés",
        ["Description"] = "Commentaires",
        ["Comments"] = "Commentaires",
        ["Category"] = "Catégorie",
        ["Title"] = "Titre",
        ["Author"] = "Auteur",
        ["Creator"] = "Auteur",
        ["Producer"] = "Producteur",
        ["ContentStatus"] = "État du contenu",
        ["LastModifiedBy"] = "Modifié par",
    };

    public IReadOnlyList<DocumentFlag> Scan(DocumentMetadata metadata)
    {
        var fields = metadata.OtherFields.Select(f => (Field: f.Key, Value: (string?)f.Value, Other: true))
            .Concat<(string Field, string? Value, bool Other)>([("Title", metadata.Title, false), ("Author", metadata.Author, false), ("Producer", metadata.Producer, false)]);

        var flags = new List<DocumentFlag>();
        foreach (var (field, value, other) in fields)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var words = FoldedText.CountWords(value);
            var injection = injectionDetector.ContainsInjection(value);
            if (!injection && (!other || words <= MaxOrdinaryWords))
            {
                continue;
            }

            var name = FrenchFieldNames.GetValueOrDefault(field, field);
            var detail = $"Le champ de métadonnées « {name} » contient du texte ({words} mot{(words > 1 ? "s" : "")}) "
                + "qui n’apparaît pas à la lecture du document et n’est pas évalué.";
            if (injection)
            {
                detail += " Ce texte s’adresse à une IA ou au correcteur : possible tentative d’influencer l’évaluation.";
            }

            flags.Add(new DocumentFlag(DocumentFlagKinds.MetadataText, null, detail, value.Trim()));
        }

        return flags;
    }
}
