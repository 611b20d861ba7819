namespace Grader.Pipeline.Evaluation.Model;

/// <summary>The French notice every output carries, so nobody mistakes a heuristic draft for a model's or a jury's.</summary>
public static class AssessmentNotices
{
    public const string Offline =
        "Pré-évaluation produite sans modèle de langue (mode hors ligne)\u00A0: niveaux indicatifs calculés par heuristiques "
        + "(passages retrouvés, signaux du référentiel, livrables détectés), à confirmer entièrement par le jury.";

    public static string LanguageModel(string? model) =>
        "Pré-évaluation proposée par un modèle de langue"
        + (string.IsNullOrWhiteSpace(model) ? "" : $" ({model})")
        + "\u00A0: seules les citations vérifiées dans le dossier sont affichées\u00A0; aucune proposition n’est définitive avant la décision du jury.";

    public static string For(string provider, string? model) =>
        Providers.UsesLanguageModel(provider) ? LanguageModel(model) : Offline;
}
