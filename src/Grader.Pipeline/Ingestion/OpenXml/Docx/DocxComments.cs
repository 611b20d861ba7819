using DocumentFormat.OpenXml.Wordprocessing;

namespace Grader.Pipeline.Ingestion.OpenXml.Docx;

/// <summary>
/// Reviewer comments are not the candidate's dossier text (often they are a tutor's remarks), so they are
/// never evaluated; the juror still sees them as flags, with the page where they are anchored.
/// </summary>
internal static class DocxComments
{
    public static IEnumerable<DocumentFlag> Read(DocxContext context)
    {
        var comments = context.Main.WordprocessingCommentsPart?.Comments;
        if (comments is null)
        {
            yield break;
        }

        foreach (var comment in comments.Elements<Comment>())
        {
            var collected = new List<DocumentBlock>();
            var reader = new DocxParagraphReader(context.Styles, DocxPageTracker.Fixed(1), context.PageBackground);
            new DocxBlockWalker(context, reader, collected).Walk(comment.ChildElements);
            var text = string.Join("\n", collected.Select(DocxBlockText.Inline)).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            int? page = comment.Id?.Value is { } id && context.Output.CommentPages.TryGetValue(id, out var anchored)
                ? anchored
                : null;
            yield return OfficeFlags.Comment(page, comment.Author?.Value, text);
        }
    }
}
