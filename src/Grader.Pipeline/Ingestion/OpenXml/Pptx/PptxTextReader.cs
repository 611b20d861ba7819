using System.Text;
using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;

namespace Grader.Pipeline.Ingestion.OpenXml.Pptx;

/// <summary>
/// Reads DrawingML paragraphs (slide text frames, table cells, notes). Runs too small to read or coloured
/// like their background are diverted to the hidden text, never to the visible text.
/// </summary>
internal sealed class PptxTextReader(PptxColours colours)
{
    /// <summary>DrawingML font sizes are in hundredths of a point.</summary>
    private const double HundredthsPerPoint = 100;

    public List<PptxParagraph> Read(OpenXmlElement? textBody, OfficeColor? background)
    {
        var paragraphs = new List<PptxParagraph>();
        if (textBody is null)
        {
            return paragraphs;
        }

        foreach (var paragraph in textBody.Elements<A.Paragraph>())
        {
            paragraphs.Add(Read(paragraph, background));
        }

        return paragraphs;
    }

    private PptxParagraph Read(A.Paragraph paragraph, OfficeColor? background)
    {
        var visible = new StringBuilder();
        var hidden = new Dictionary<HiddenReason, StringBuilder>();
        foreach (var child in paragraph.ChildElements)
        {
            switch (child)
            {
                case A.Run run:
                    Append(run.Text?.Text, run.RunProperties, background, visible, hidden);
                    break;
                case A.Field field:
                    Append(field.Text?.Text, field.RunProperties, background, visible, hidden);
                    break;
                case A.Break:
                    visible.Append('\n');
                    break;
            }
        }

        var properties = paragraph.ParagraphProperties;
        return new PptxParagraph(
            visible.ToString().Trim(),
            hidden.ToDictionary(h => h.Key, h => h.Value.ToString().Trim()),
            Math.Clamp(properties?.Level?.Value ?? 0, 0, 8),
            BulletOf(properties));
    }

    private void Append(string? text, OpenXmlElement? runProperties, OfficeColor? background, StringBuilder visible, Dictionary<HiddenReason, StringBuilder> hidden)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var reason = HiddenReasonOf(runProperties as A.TextCharacterPropertiesType, background);
        if (reason is null)
        {
            visible.Append(text);
            return;
        }

        if (!hidden.TryGetValue(reason.Value, out var builder))
        {
            builder = new StringBuilder();
            hidden[reason.Value] = builder;
        }

        builder.Append(text);
    }

    private HiddenReason? HiddenReasonOf(A.TextCharacterPropertiesType? properties, OfficeColor? background)
    {
        if (properties?.FontSize?.Value is { } size && size / HundredthsPerPoint < OfficeFlags.MinimumReadablePoints)
        {
            return HiddenReason.Tiny;
        }

        if (background is { } bg && colours.Resolve(properties?.GetFirstChild<A.SolidFill>()) is { } colour && colour.IsInvisibleOn(bg))
        {
            return HiddenReason.SameColourAsBackground;
        }

        return null;
    }

    private static PptxBullet BulletOf(A.ParagraphProperties? properties)
    {
        if (properties is null)
        {
            return new PptxBullet(PptxBulletKind.Inherited);
        }

        if (properties.GetFirstChild<A.NoBullet>() is not null)
        {
            return new PptxBullet(PptxBulletKind.None);
        }

        if (properties.GetFirstChild<A.CharacterBullet>() is { } character)
        {
            return new PptxBullet(PptxBulletKind.Character, character.Char?.Value);
        }

        if (properties.GetFirstChild<A.AutoNumberedBullet>() is { } auto)
        {
            return new PptxBullet(PptxBulletKind.AutoNumber, Scheme: auto.Type?.InnerText, StartAt: auto.StartAt?.Value ?? 1);
        }

        return new PptxBullet(PptxBulletKind.Inherited);
    }
}
