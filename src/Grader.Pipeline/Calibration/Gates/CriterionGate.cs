using System.Text.Json.Serialization;

namespace Grader.Pipeline.Calibration.Gates;

/// <summary>Outcome of a criterion's gate.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GateStatus>))]
public enum GateStatus
{
    Passed,
    Failed,
    NotEnoughData,
}

/// <summary>
/// Agreement on the dossiers a second juror marked independently: QWK between the two jurors and, on the same dossiers,
/// between the first juror and Grader. <see cref="Degradation"/> is how far Grader falls short of the second juror.
/// </summary>
public sealed record HumanAgreement(int Pairs, double? HumanHumanKappa, double? HumanAiKappa)
{
    public double? Degradation => HumanHumanKappa is { } hh && HumanAiKappa is { } ha ? hh - ha : null;
}

/// <summary>A criterion's gate: its status, the French reasons (one per check), and the figures they were read from.</summary>
public sealed record CriterionGate(
    string Code,
    string CompetenceId,
    GateStatus Status,
    IReadOnlyList<string> Reasons,
    int Pairs,
    double? Kappa,
    double? StandardisedMeanDifference,
    HumanAgreement? Human)
{
    /// <summary>In French, as the reports and the review show it.</summary>
    public string StatusLabel => Label(Status);

    public static string Label(GateStatus status) => status switch
    {
        GateStatus.Passed => "réussi",
        GateStatus.Failed => "échoué",
        _ => "données insuffisantes",
    };
}
