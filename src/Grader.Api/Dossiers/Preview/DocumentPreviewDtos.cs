namespace Grader.Api.Dossiers.Preview;

/// <summary>
/// A dossier file as the ingestion stage read it, for the juror's viewer: the same pages (and page numbers) the evidence
/// quotes refer to. Hidden text and removed injection sentences are not in the blocks; the page's flags say they existed.
/// </summary>
/// <param name="Kind">The stored format code: <c>docx</c>, <c>pptx</c>, <c>xlsx</c>, <c>pdf</c>, <c>md</c> or <c>txt</c>.</param>
/// <param name="PageNumbersEstimated">True for DOCX and text files: Word's real layout may break pages elsewhere.</param>
public sealed record DocumentPreviewDto(
    Guid FileId, string FileName, string Kind, bool PageNumbersEstimated, IReadOnlyList<PreviewPageDto> Pages, IReadOnlyList<PreviewFlagDto> Flags);

/// <param name="Label">French page marker: « Page 3 », « Diapositive 4 », « Feuille « Budget » ».</param>
/// <param name="Title">The slide title or sheet name, when the format has one.</param>
public sealed record PreviewPageDto(int Number, string Label, string? Title, bool Ocr, IReadOnlyList<PreviewBlockDto> Blocks, IReadOnlyList<PreviewFlagDto> Flags);

/// <param name="Kind">heading, paragraph, list-item, table, caption, header, footer, footnote or notes.</param>
/// <param name="Level">Heading level (1 = top) or list nesting level (0 = top).</param>
/// <param name="Rows">For a table: its rows of plain-text cells, the first one read as the header row.</param>
public sealed record PreviewBlockDto(string Kind, string Text, int Level, string? ListLabel, IReadOnlyList<IReadOnlyList<string>>? Rows);

/// <summary>Something the juror must know about a page (hidden text, injection attempt, OCR); its French detail only, never the hidden content.</summary>
/// <param name="Page">Null for a flag of the whole document (its metadata).</param>
public sealed record PreviewFlagDto(string Kind, int? Page, string Detail);
