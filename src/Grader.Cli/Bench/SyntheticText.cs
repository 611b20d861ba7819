namespace Grader.Cli.Bench;

/// <summary>
/// Deterministic French business prose for benchmarks: same seed, same text, so runs compare. It only has
/// to look like a dossier to a parser (words of realistic length, accents, punctuation), not to a juror.
/// </summary>
internal sealed class SyntheticText(int seed)
{
    private static readonly string[] Words =
    [
        "analyse", "marché", "concurrence", "stratégie", "développement", "commercial", "clients", "offre",
        "canaux", "distribution", "prospection", "budget", "prévisionnel", "indicateurs", "performance",
        "veille", "tendances", "innovation", "durabilité", "accessibilité", "export", "partenaires",
        "négociation", "fidélisation", "campagne", "calendrier", "ressources", "équipe", "objectifs",
        "chiffre", "d’affaires", "segment", "cible", "entreprise", "régional", "international", "données",
        "qualitatives", "quantitatives", "opportunités", "risques", "actions", "plan", "suivi", "tableau",
        "de", "la", "les", "des", "du", "et", "pour", "avec", "sur", "une", "un", "en", "à", "au", "par",
    ];

    private readonly Random _random = new(seed);

    public string Sentence(int minWords = 8, int maxWords = 22)
    {
        var count = _random.Next(minWords, maxWords + 1);
        var words = Enumerable.Range(0, count).Select(_ => Words[_random.Next(Words.Length)]).ToArray();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words) + ".";
    }

    public string Paragraph(int sentences) => string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Sentence()));

    public int Next(int max) => _random.Next(max);
}
