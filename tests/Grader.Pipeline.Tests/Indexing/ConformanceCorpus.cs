using Grader.Pipeline.Indexing;

namespace Grader.Pipeline.Tests.Indexing;

/// <summary>Small French dossiers written for the conformance suite; each chunk speaks to one criterion.</summary>
internal static class ConformanceCorpus
{
    public static IReadOnlyList<IndexedChunk> Dossier(string dossierId) =>
    [
        Chunk(dossierId, "budget", 0, "Budget prévisionnel : le chiffre d’affaires attendu pour 2025 est de 120 000 euros, avec des charges fixes de 40 000 euros.", "2. Projet > 2.3 Finances", 3),
        Chunk(dossierId, "concurrence", 1, "L’analyse des concurrents montre que trois enseignes se partagent le marché local ; notre veille s’appuie sur leurs tarifs publiés.", "1. Contexte > 1.2 Marché", 5),
        Chunk(dossierId, "indicateurs", 2, "Les indicateurs de performance suivis chaque mois sont le taux de conversion et le panier moyen des clients.", "3. Pilotage", 7),
        Chunk(dossierId, "equipe", 3, "Le développement des compétences de l’équipe commerciale passe par des formations internes et un tutorat.", "4. Management", 8),
        Chunk(dossierId, "conclusion", 4, "Ce stage m’a permis de mieux comprendre le métier de commercial et la relation avec les clients.", "5. Conclusion", 9),
    ];

    /// <summary>Another candidate's dossier that matches competition queries better than the first one.</summary>
    public static IReadOnlyList<IndexedChunk> Rival(string dossierId) =>
    [
        Chunk(dossierId, "concurrence", 0, "Analyse concurrentielle : analyse des concurrents, analyse de leurs prix, analyse de leurs forces, analyses comparées.", "1. Concurrence", 2),
        Chunk(dossierId, "budget", 1, "Budget prévisionnel détaillé et budget de trésorerie sur trois ans.", "2. Budget", 4),
    ];

    private static IndexedChunk Chunk(string dossierId, string id, int ordinal, string text, string section, int page) =>
        new(dossierId, id, ordinal, text, section, page, page, "session-2026", "dossier.pdf");
}
