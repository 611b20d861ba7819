using Grader.Pipeline.Common;

namespace Grader.Pipeline.Ingestion;

/// <summary>Why a document was refused; each value maps to one French message.</summary>
public enum IngestionErrorKind
{
    UnsupportedFormat,
    FileNotFound,
    Empty,
    TooLarge,
    TooManyPages,
    Timeout,
    Encrypted,
    Corrupt,
    ZipBomb,
    XmlTooDeep,
    OfficeLockFile,
    RightsManaged,
    XfaForm,
}

/// <summary>A document Grader cannot read; the message is French and tells the user what to do.</summary>
public sealed class IngestionException : GraderException
{
    public IngestionException(IngestionErrorKind kind, string userMessage, Exception? inner = null)
        : base(ToCode(kind), userMessage, inner)
    {
        Kind = kind;
    }

    public IngestionErrorKind Kind { get; }

    private static string ToCode(IngestionErrorKind kind) => kind switch
    {
        IngestionErrorKind.UnsupportedFormat => "unsupported-format",
        IngestionErrorKind.FileNotFound => "file-not-found",
        IngestionErrorKind.Empty => "empty-document",
        IngestionErrorKind.TooLarge => "too-large",
        IngestionErrorKind.TooManyPages => "too-many-pages",
        IngestionErrorKind.Timeout => "parse-timeout",
        IngestionErrorKind.Encrypted => "encrypted",
        IngestionErrorKind.Corrupt => "corrupt",
        IngestionErrorKind.ZipBomb => "zip-bomb",
        IngestionErrorKind.XmlTooDeep => "xml-too-deep",
        IngestionErrorKind.OfficeLockFile => "office-lock-file",
        IngestionErrorKind.RightsManaged => "rights-managed",
        IngestionErrorKind.XfaForm => "xfa-form",
        _ => "ingestion-error",
    };
}
