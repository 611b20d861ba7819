using DocumentFormat.OpenXml.Wordprocessing;
using Grader.Api.Exports;
using static Grader.Api.Exports.Docx.WordBuilder;
using Grader.Pipeline.Reporting.Docx;

namespace Grader.Api.Feedback;

/// <summary>
/// The released feedback as a Word document for the candidate: what was released, when, and whether a person or the
/// session's policy released it — a candidate must know when no juror has read it yet.
/// </summary>
public static class FeedbackDocxWriter
{
    public static byte[] Write(CandidateFeedbackDto feedback, string epreuveSourceCode, string candidatePseudonymousId)
    {
        var release = feedback.Latest;
        var body = new Body(
            Paragraph($"Retour sur votre dossier — épreuve {epreuveSourceCode}", DocxStyles.Title),
            Labelled("Candidat (identifiant)", candidatePseudonymousId),
            Labelled("Publié le", FrenchDates.Long(release.ReleasedAt)));
        body.Append(Paragraph(
            release.Automatic
                ? "Retour formatif publié automatiquement (session d’entraînement) : il a été préparé par Grader et n’a pas encore été relu par un jury."
                : "Retour formatif relu et publié par l’équipe d’évaluation.",
            italic: true));
        body.Append(Paragraph("Votre retour", DocxStyles.Heading));
        foreach (var line in release.Text.Split('\n'))
        {
            body.Append(Paragraph(line.TrimEnd('\r')));
        }

        return Package($"Retour — épreuve {epreuveSourceCode}", body);
    }
}
