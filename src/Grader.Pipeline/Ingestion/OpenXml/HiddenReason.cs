namespace Grader.Pipeline.Ingestion.OpenXml;

/// <summary>Why a piece of Office content is kept out of the evaluated text.</summary>
internal enum HiddenReason
{
    /// <summary>Word's "hidden" character attribute (w:vanish).</summary>
    Vanish,
    /// <summary>Text coloured like its background.</summary>
    SameColourAsBackground,
    /// <summary>Font size under 3 points.</summary>
    Tiny,
    /// <summary>A shape placed entirely outside the slide.</summary>
    OffSlide,
    /// <summary>A shape hidden in PowerPoint's selection pane (cNvPr hidden="1").</summary>
    HiddenShape,
    /// <summary>A slide not shown in the slide show.</summary>
    HiddenSlide,
    /// <summary>A worksheet in state hidden or veryHidden.</summary>
    HiddenSheet,
    /// <summary>Rows or columns hidden in a worksheet.</summary>
    HiddenRowsOrColumns,
}
