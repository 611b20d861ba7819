using System.CommandLine;

namespace Grader.Cli.Commands;

/// <summary>
/// The FICHIER argument shared by the document verbs. It is a plain string on purpose: a missing file is
/// reported by the ingestor, in the same French words as in the API, not by the command-line parser.
/// </summary>
internal static class FileArguments
{
    public static Argument<string> Document() => new("fichier")
    {
        Description = "Le dossier à lire : PDF, Word (.docx), PowerPoint (.pptx), Excel (.xlsx), texte (.txt) ou Markdown (.md).",
    };
}
