using Grader.Api.Exports;
using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Calibration.Quality;

namespace Grader.Api.Calibration;

/// <summary>
/// The agreement of a session for French Excel (<see cref="CsvWriter"/>: UTF-8 with BOM, « ; », decimal comma): first
/// the figures, one row per scope (ensemble, compétence, juré, revue à l’aveugle), then after an empty row every
/// disagreement with its review link. An undefined figure is an empty cell, not a zero.
/// </summary>
public static class SessionAgreementCsv
{
    private static readonly string[] FigureHeaders =
    [
        "Portée", "Compétence ou juré", "Paires", "Accord exact", "Accord adjacent", "QWK", "QWK IC bas", "QWK IC haut",
        "Écart absolu moyen", "Différence moyenne standardisée", "Moyenne jury", "Moyenne IA",
    ];

    private static readonly string[] DisagreementHeaders =
    [
        "Dossier", "Candidat (pseudonyme)", "Épreuve", "Compétence", "Niveau IA", "Niveau jury", "Niveau à l’aveugle", "Juré", "Commentaire", "Lien de relecture",
    ];

    public static byte[] Write(SessionAgreementDto agreement)
    {
        var rows = new List<IReadOnlyList<string?>> { Figures("Ensemble", "", agreement.Overall) };
        rows.AddRange(agreement.Criteria.Select(c => Figures("Compétence", c.Competence, c.Metrics)));
        rows.AddRange(agreement.Jurors.Select(j => Figures("Juré", j.JurorName ?? j.JurorId, j.Metrics)));
        if (agreement.Blind is { } blind)
        {
            rows.Add(Figures("Revue à l’aveugle : niveau à l’aveugle / IA", "", blind.BlindVersusAi));
            rows.Add(Figures("Revue à l’aveugle : niveau final / IA", "", blind.FinalVersusAi));
        }

        rows.Add([]);
        rows.Add(DisagreementHeaders);
        rows.AddRange(agreement.Disagreements.Select(d => (IReadOnlyList<string?>)
        [
            d.DossierId.ToString(), d.CandidateId, d.Epreuve, d.Competence, Level(d.AiLevel), Level(d.JuryLevel),
            d.BlindLevel is { } b ? Level(b) : "", d.JurorName ?? d.JurorId, d.Comment, d.ReviewUrl,
        ]));
        return CsvWriter.Write(FigureHeaders, rows);
    }

    private static string[] Figures(string scope, string name, LevelMetrics m) =>
    [
        scope, name, m.Pairs.ToString(System.Globalization.CultureInfo.InvariantCulture), Number(m.ExactAgreement), Number(m.AdjacentAgreement),
        Number(m.Kappa), Number(m.KappaInterval?.Lower), Number(m.KappaInterval?.Upper), Number(m.MeanAbsoluteError),
        Number(m.StandardisedMeanDifference), Number(m.HumanMean), Number(m.AiMean),
    ];

    private static string Number(double? value) => value is null ? "" : FrenchFigures.Number(value, 3);

    private static string Level(int level) => level.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
