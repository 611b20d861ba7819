namespace Grader.Pipeline.Ingestion.OpenXml.Pptx;

/// <summary>One DrawingML paragraph as read: visible text, hidden text by reason, level and bullet.</summary>
internal sealed record PptxParagraph(
    string Visible,
    IReadOnlyDictionary<HiddenReason, string> Hidden,
    int Level,
    PptxBullet Bullet);

/// <summary>The paragraph's bullet as declared: explicit none, a character, automatic numbering, or inherited.</summary>
internal sealed record PptxBullet(PptxBulletKind Kind, string? Character = null, string? Scheme = null, int StartAt = 1);

internal enum PptxBulletKind
{
    Inherited,
    None,
    Character,
    AutoNumber,
}
