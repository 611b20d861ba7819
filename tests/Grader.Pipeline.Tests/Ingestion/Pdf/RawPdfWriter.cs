using System.Globalization;
using System.Text;

namespace Grader.Pipeline.Tests.Ingestion.Pdf;

/// <summary>
/// A minimal PDF writer for fixtures PdfPig's builder cannot make: its standard-14 fonts declare
/// StandardEncoding and refuse most French accented letters ("à", "€"), and it cannot add an AcroForm.
/// Text is shown with Helvetica / Helvetica-Bold in WinAnsiEncoding; objects get a correct xref table.
/// </summary>
internal sealed class RawPdfWriter
{
    private readonly List<StringBuilder> _pages = [];
    private readonly Dictionary<string, string> _info = [];
    private string? _catalogExtra;
    private readonly List<string> _extraObjects = [];

    public RawPdfWriter Info(string key, string value)
    {
        _info[key] = value;
        return this;
    }

    public StringBuilder AddPage()
    {
        var page = new StringBuilder();
        _pages.Add(page);
        return page;
    }

    /// <summary>Adds an object, numbered after the fixed ones; returns its reference for use in <see cref="CatalogEntry"/>.</summary>
    public string AddObject(string body)
    {
        _extraObjects.Add(body);
        return string.Create(CultureInfo.InvariantCulture, $"{FixedObjects + _extraObjects.Count} 0 R");
    }

    public RawPdfWriter CatalogEntry(string entry)
    {
        _catalogExtra = entry;
        return this;
    }

    /// <summary>Catalog, page tree, two fonts, info.</summary>
    private const int FixedObjects = 5;

    public static string Text(string text, double size, double x, double y, bool bold = false) =>
        string.Create(CultureInfo.InvariantCulture, $"BT /{(bold ? "F2" : "F1")} {size} Tf {x} {y} Td ({Escape(text)}) Tj ET\n");

    public byte[] Build()
    {
        var pageRefs = new List<string>();
        var objects = new List<string>
        {
            $"<< /Type /Catalog /Pages 2 0 R {_catalogExtra} >>",
            string.Empty, // page tree, filled below
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
            "<< " + string.Join(' ', _info.Select(kv => $"/{kv.Key} ({Escape(kv.Value)})")) + " >>",
        };
        objects.AddRange(_extraObjects);
        foreach (var content in _pages)
        {
            var stream = content.ToString();
            objects.Add($"<< /Length {Encode(stream).Length} >>\nstream\n{stream}\nendstream");
            var contentRef = objects.Count;
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {contentRef} 0 R /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>");
            pageRefs.Add($"{objects.Count} 0 R");
        }

        objects[1] = $"<< /Type /Pages /Kids [{string.Join(' ', pageRefs)}] /Count {pageRefs.Count} >>";
        return Write(objects, "/Info 5 0 R");
    }

    internal static byte[] Write(IReadOnlyList<string> objects, string trailerExtra = "")
    {
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encode(pdf.ToString()).Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encode(pdf.ToString()).Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R {trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encode(pdf.ToString());
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);

    /// <summary>Windows-1252 for the few characters outside Latin-1 that French text uses.</summary>
    private static byte[] Encode(string text)
    {
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            bytes[i] = text[i] switch
            {
                '€' => 0x80,
                '…' => 0x85,
                '•' => 0x95,
                '–' => 0x96,
                '—' => 0x97,
                '’' => 0x92,
                'œ' => 0x9C,
                'Œ' => 0x8C,
                var c when c <= 0xFF => (byte)c,
                var c => throw new ArgumentException($"Character U+{(int)c:X4} is not in WinAnsiEncoding."),
            };
        }

        return bytes;
    }
}
