using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Reporting.Docx;
using Grader.Pipeline.Rubrics;
using static Grader.Pipeline.Reporting.Docx.DocxBuilder;
using Text = Grader.Pipeline.Reporting.FrenchReportText;

namespace Grader.Pipeline.Reporting;

/// <summary>
/// The épreuve's evaluation grid as a Word document for the jury: a title block, one row per compétence with
/// the référentiel's criteria, the proposed level and the verified quotes with their pages, and two empty
/// columns for the jury's decision and comment; then the deliverables and the flags. Landscape A4.
/// </summary>
public sealed class PreAssessmentDocxWriter
{
    // Twentieths of a point: A4 landscape is 16838 × 11906; 1.5 cm margins leave 15136 for the grid.
    private const uint PageWidth = 16838;
    private const uint PageHeight = 11906;
    private const int Margin = 850;
    private static readonly int[] GridWidths = [2300, 3600, 1700, 3900, 1500, 2136];
    private static readonly string[] GridHeaders =
        ["Compétence", "Critères d’évaluation", "Niveau proposé", "Éléments relevés (citations vérifiées, pages)", "Décision du jury", "Commentaire du jury"];
    private static readonly int[] DeliverableWidths = [8136, 2000, 5000];

    public byte[] Write(PreAssessment assessment, Rubric rubric)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            DocxStyles.AddTo(main);
            main.Document = new Document(Body(assessment, rubric));
            main.Document.Save();
            document.PackageProperties.Title = $"Grille d’évaluation — épreuve {assessment.EpreuveSourceCode}";
            document.PackageProperties.Creator = "Grader";
            document.PackageProperties.Language = "fr-FR";
        }

        return buffer.ToArray();
    }

    public async Task WriteAsync(PreAssessment assessment, Rubric rubric, Stream output, CancellationToken cancellationToken) =>
        await output.WriteAsync(Write(assessment, rubric), cancellationToken);

    private static Body Body(PreAssessment a, Rubric rubric)
    {
        var index = new RubricIndex(rubric);
        var epreuveTitle = a.EpreuveTitle ?? rubric.Epreuves.FirstOrDefault(e => e.Id == a.Epreuve)?.Title;
        var body = new Body(
            Paragraph($"Grille d’évaluation — épreuve {a.EpreuveSourceCode}", DocxStyles.Title),
            Paragraph(epreuveTitle ?? a.Epreuve, bold: true),
            Labelled("Référentiel", $"{rubric.Title} — version {a.RubricVersion}"),
            Labelled("Dossier", string.Join(" ; ", a.Dossier.Files.Select(f => $"{f.Name} ({f.Pages}\u00A0p.)"))),
            Labelled("Pré-évaluation", $"{Text.Date(a.Provenance.StartedAt)} — {Text.Provider(a)}"),
            Paragraph(a.Notice, DocxStyles.Notice, bold: !a.LanguageModelUsed),
            Paragraph("Compétences évaluées", DocxStyles.Heading),
            Table(GridWidths, GridHeaders, a.Criteria.Select(c => CompetenceRow(c, index, rubric.Scale, a.Dossier.HasSeveralFiles))));

        if (a.Deliverables.Count > 0)
        {
            body.Append(Paragraph("Livrables attendus", DocxStyles.Heading));
            body.Append(Table(DeliverableWidths, ["Livrable", "Présence", "Passages (pages)"], a.Deliverables.Select(d => DeliverableRow(d, a.Dossier.HasSeveralFiles))));
        }

        if (a.Flags.Count > 0)
        {
            body.Append(Paragraph("Signalements", DocxStyles.Heading));
            foreach (var flag in a.Flags)
            {
                var place = string.Join(", ", new[] { flag.Criterion, a.Dossier.HasSeveralFiles ? flag.File : null, flag.Page is { } p ? $"p.\u00A0{p}" : null }.Where(s => s is not null));
                body.Append(Paragraph(Run($"{Text.FlagKind(flag.Kind)}{(place.Length > 0 ? $" ({place})" : "")}\u00A0: ", bold: true), Run(flag.Detail)));
            }
        }

        body.Append(Paragraph("Les niveaux proposés sont une aide à la décision\u00A0; la décision appartient au jury.", italic: true));
        body.Append(new SectionProperties(
            new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Landscape },
            new PageMargin { Top = Margin, Right = (uint)Margin, Bottom = Margin, Left = (uint)Margin, Header = 425U, Footer = 425U, Gutter = 0U }));
        return body;
    }

    private static Paragraph Labelled(string label, string value) => Paragraph(Run($"{label}\u00A0: ", bold: true), Run(value));

    private static TableRow CompetenceRow(CriterionAssessment c, RubricIndex index, RatingScale scale, bool severalFiles)
    {
        var competence = index.FindCompetence(c.CompetenceId)?.Competence ?? index.FindCompetence(c.Code)?.Competence;
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        row.Append(Cell(GridWidths[0], CompetenceCell(c, competence)));
        row.Append(Cell(GridWidths[1], CriteriaCell(competence)));
        row.Append(Cell(GridWidths[2], LevelCell(c, scale)));
        row.Append(Cell(GridWidths[3], EvidenceCell(c, severalFiles)));
        row.Append(Cell(GridWidths[4], [], JuryFill));
        row.Append(Cell(GridWidths[5], [], JuryFill));
        return row;
    }

    private static IEnumerable<Paragraph> CompetenceCell(CriterionAssessment c, Competence? competence)
    {
        yield return Paragraph(c.Code, bold: true);
        if (competence is not null)
        {
            yield return Paragraph(Text.Short(competence.Text, 220));
        }

        yield return Paragraph($"Évaluable {Text.Assessable(c.Assessable)}", italic: true);
    }

    private static IEnumerable<Paragraph> CriteriaCell(Competence? competence)
    {
        if (competence is null)
        {
            yield break;
        }

        foreach (var criterion in competence.Criteria)
        {
            yield return Paragraph(Text.Flatten(criterion.Text));
            foreach (var item in criterion.Items)
            {
                yield return Paragraph("– " + Text.Flatten(item.Text));
            }
        }
    }

    private static IEnumerable<Paragraph> LevelCell(CriterionAssessment c, RatingScale scale)
    {
        yield return Paragraph(Text.Level(c, scale), bold: c.Level is not null);
        if (c.Level is not null)
        {
            yield return Paragraph($"Confiance\u00A0: {Text.Confidence(c.Confidence)}");
        }

        foreach (var flag in c.Flags.Where(f => f.Kind != AssessmentFlagKinds.UnverifiedQuote).Select(f => f.Kind).Distinct())
        {
            yield return Paragraph("⚠ " + Text.FlagKind(flag), italic: true);
        }
    }

    private static IEnumerable<Paragraph> EvidenceCell(CriterionAssessment c, bool severalFiles)
    {
        var quotes = c.Evidence.Where(e => e.Verified).ToList();
        if (quotes.Count == 0)
        {
            yield return Paragraph(c.Assessable.IsOralOnly() ? "À apprécier en soutenance." : "Aucune citation vérifiée.", italic: true);
        }

        foreach (var quote in quotes)
        {
            yield return Paragraph(Run($"«\u00A0{Text.Flatten(quote.Quote)}\u00A0» "), Run($"({Text.Where(quote, severalFiles)})", bold: true));
        }

        if (c.Missing.Count > 0)
        {
            yield return Paragraph("Manque\u00A0: " + string.Join(" ; ", c.Missing.Select(Text.Flatten)), italic: true);
        }
    }

    private static TableRow DeliverableRow(DeliverableAssessment d, bool severalFiles)
    {
        var pages = d.Evidence.Where(e => e.Verified).Select(e => Text.Where(e, severalFiles)).Distinct().ToList();
        return new TableRow(
            new TableRowProperties(new CantSplit()),
            Cell(DeliverableWidths[0], [Paragraph(Text.Flatten(d.Item))]),
            Cell(DeliverableWidths[1], [Paragraph(Text.Presence(d.Present), bold: d.Present != DeliverablePresence.Present)]),
            Cell(DeliverableWidths[2], [Paragraph(pages.Count > 0 ? string.Join(", ", pages) : "—")]));
    }
}
