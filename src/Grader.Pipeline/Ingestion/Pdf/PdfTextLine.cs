using UglyToad.PdfPig.Core;

namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>One visual line of a PDF page, with the typography the block classifiers need.</summary>
internal sealed record PdfTextLine(string Text, PdfRectangle Bounds, double FontSize, bool IsBold);
