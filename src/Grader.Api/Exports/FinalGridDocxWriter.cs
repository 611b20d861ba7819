using DocumentFormat.OpenXml.Wordprocessing;
using Grader.Api.Exports.Docx;
using Grader.Pipeline.Reporting.Docx;
using static Grader.Api.Exports.Docx.WordBuilder;

namespace Grader.Api.Exports;

/// <summary>
/// The final grid of a dossier as a Word document (landscape A4): identification, one row per compétence with the AI
/// proposal and the jury's level and comment, the bloc decision, finalisation and reopenings — and the reminder that
/// the proposal was a pre-assessment and the jury decided.
/// </summary>
public static class FinalGridDocxWriter
{
    public const string JuryDecidedNotice =
        "La proposition de l’IA est une pré-évaluation, une aide à la décision\u00A0; les niveaux et la décision de bloc ci-dessus sont ceux du jury.";

    private static readonly int[] Widths = [1700, 4900, 2700, 2100, 3736];
    private static readonly string[] Headers =
        ["Compétence", "Intitulé", "Proposition de l’IA (pré-évaluation)", "Niveau retenu par le jury", "Commentaire du jury"];

    public static byte[] Write(FinalGridReport report)
    {
        var body = new Body(
            Paragraph($"Grille d’évaluation finale — épreuve {report.EpreuveSourceCode}", DocxStyles.Title),
            Paragraph(report.EpreuveTitle, bold: true),
            Labelled("Session", report.SessionName),
            Labelled("Épreuve", $"{report.EpreuveSourceCode} — {report.EpreuveTitle}"),
            Labelled("Candidat (identifiant pseudonyme)", report.CandidatePseudonymousId),
            Labelled("Référentiel", report.Rubric),
            Labelled("Pré-évaluation", report.PreAssessmentSource),
            Paragraph("Décisions par compétence", DocxStyles.Heading),
            Table(Widths, Headers, report.Lines.Select(l => (IReadOnlyList<string>)[l.Code, l.Title, l.AiProposal, l.JuryLevel, l.Comment])),
            Paragraph("Décision sur le bloc", DocxStyles.Heading),
            Labelled("Décision calculée par la règle", $"{report.ComputedDecision} ({report.RuleExplanation})"),
            Labelled("Décision confirmée par le jury", report.ConfirmedDecision));
        if (report.ComputedDecision != report.ConfirmedDecision)
        {
            body.Append(Paragraph("Le jury a retenu une décision différente de celle calculée par la règle.", italic: true));
        }

        if (!string.IsNullOrWhiteSpace(report.DecisionReason))
        {
            body.Append(Labelled("Motif du jury", report.DecisionReason));
        }

        body.Append(Labelled("Grille finalisée par", $"{report.FinalisedBy}, le {FrenchDates.Long(report.FinalisedAt)}"));
        body.Append(Paragraph("Réouvertures", DocxStyles.Heading));
        if (report.Reopenings.Count == 0)
        {
            body.Append(Paragraph("Aucune réouverture."));
        }

        foreach (var reopening in report.Reopenings)
        {
            body.Append(Paragraph($"{FrenchDates.Long(reopening.ReopenedAt)}, par {reopening.ReopenedByName ?? "un compte supprimé"}\u00A0: {reopening.Reason}"));
        }

        body.Append(Paragraph(JuryDecidedNotice, italic: true));
        return Package($"Grille finale — épreuve {report.EpreuveSourceCode} — {report.CandidatePseudonymousId}", body, landscape: true);
    }
}
