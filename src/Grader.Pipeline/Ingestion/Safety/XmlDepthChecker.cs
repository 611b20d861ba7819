using System.Xml;

namespace Grader.Pipeline.Ingestion.Safety;

/// <summary>
/// Reads an XML part once, forward only, to check its nesting depth before a DOM-building library sees
/// it: thousands of nested elements make recursive readers overflow their stack, which no catch can stop.
/// </summary>
internal static class XmlDepthChecker
{
    /// <summary>Returns false when the document nests deeper than <paramref name="maxDepth"/>.</summary>
    public static bool IsWithinDepth(Stream xml, int maxDepth, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings
        {
            // Office parts never carry a DTD; refusing one rules out entity expansion and external fetches.
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };

        using var reader = XmlReader.Create(xml, settings);
        var elements = 0;
        while (reader.Read())
        {
            if (reader.Depth > maxDepth)
            {
                return false;
            }

            if (++elements % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        return true;
    }
}
