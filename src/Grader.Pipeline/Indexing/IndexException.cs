using Grader.Pipeline.Common;

namespace Grader.Pipeline.Indexing;

/// <summary>Why the index cannot serve; each value maps to one French message written where it is raised.</summary>
public enum IndexErrorKind
{
    Unreachable,
    SchemaMismatch,
    DenseSearchUnavailable,
    Storage,
    InvalidRequest,
}

/// <summary>An index problem an operator can fix (server down, wrong collection, missing embeddings); the message is French.</summary>
public sealed class IndexException : GraderException
{
    public IndexException(IndexErrorKind kind, string userMessage, Exception? inner = null)
        : base(ToCode(kind), userMessage, inner)
    {
        Kind = kind;
    }

    public IndexErrorKind Kind { get; }

    private static string ToCode(IndexErrorKind kind) => kind switch
    {
        IndexErrorKind.Unreachable => "index-unreachable",
        IndexErrorKind.SchemaMismatch => "index-schema-mismatch",
        IndexErrorKind.DenseSearchUnavailable => "dense-search-unavailable",
        IndexErrorKind.Storage => "index-storage",
        IndexErrorKind.InvalidRequest => "index-invalid-request",
        _ => "index-error",
    };
}
