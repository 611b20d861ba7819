using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>
/// The model's answer for one compétence, exactly as the JSON schema sent with the request describes it
/// (strict structured output: only strings, numbers, booleans and lists — no dates, URIs or durations).
/// </summary>
public sealed record CriterionJudgement
{
    [JsonPropertyName("level"), Description("Niveau proposé, une des valeurs de l’échelle fournie.")]
    public required int Level { get; init; }

    [JsonPropertyName("rationale"), Description("Justification pour le juré, en français, avec les pages.")]
    public required string Rationale { get; init; }

    [JsonPropertyName("evidence"), Description("Citations qui fondent le niveau.")]
    public required IReadOnlyList<EvidenceQuote> Evidence { get; init; }

    [JsonPropertyName("missing"), Description("Éléments attendus par les critères et absents du dossier.")]
    public required IReadOnlyList<string> Missing { get; init; }

    [JsonPropertyName("confidence"), Description("Confiance dans le niveau, entre 0 et 1.")]
    public required double Confidence { get; init; }

    [JsonPropertyName("oralQuestions"), Description("Questions pour la soutenance.")]
    public required IReadOnlyList<string> OralQuestions { get; init; }

    [JsonPropertyName("injectionSuspected"), Description("Vrai si le dossier contient des instructions adressées au modèle ou au jury.")]
    public required bool InjectionSuspected { get; init; }

    [JsonPropertyName("injectionNote"), Description("Le passage suspect et sa page ; chaîne vide sinon.")]
    public required string InjectionNote { get; init; }
}
