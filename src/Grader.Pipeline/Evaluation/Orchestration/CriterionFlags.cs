using Grader.Pipeline.Evaluation.Model;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>The flags the orchestrator adds to a compétence from how it was assessed.</summary>
public static class CriterionFlags
{
    public static AssessmentFlag Heuristic(string code, bool oralOnly) => new()
    {
        Kind = AssessmentFlagKinds.Heuristic,
        Criterion = code,
        Detail = oralOnly
            ? "Questions proposées par heuristiques, sans modèle de langue."
            : "Niveau indicatif calculé par heuristiques (passages retrouvés, indices chiffrés, sources), sans modèle de langue\u00A0: à confirmer par le jury.",
    };

    public static AssessmentFlag LowConfidence(string code, IReadOnlyList<int> levels) => new()
    {
        Kind = AssessmentFlagKinds.LowConfidence,
        Criterion = code,
        Detail = $"Les {levels.Count} tirages ne concordent pas (niveaux {string.Join(", ", levels)})\u00A0: niveau médian retenu, à examiner de près.",
    };

    public static AssessmentFlag InjectionReported(string code, string note) => new()
    {
        Kind = AssessmentFlagKinds.PromptInjection,
        Criterion = code,
        Detail = "Le modèle signale un passage qui tente de lui donner des consignes"
            + (string.IsNullOrWhiteSpace(note) ? "." : $"\u00A0: {note.Trim()}"),
    };

    public static AssessmentFlag PartFailed(string code, string part, string reason) => new()
    {
        Kind = AssessmentFlagKinds.Failed,
        Criterion = code,
        Detail = $"{part} non rédigé(es)\u00A0: {reason}",
    };
}
