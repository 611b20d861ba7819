using System.Text;

namespace Grader.Pipeline.Ingestion.Detection;

/// <summary>
/// Decodes the bytes of a text file the way a candidate's editor most likely wrote them: UTF-8 (with or
/// without BOM), UTF-16 with a BOM (Windows Notepad's "Unicode"), or else Windows-1252, the legacy
/// encoding of French Windows. Returns null when the bytes do not look like text at all.
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder()
    {
        // Windows-1252 is not built into .NET; the code-pages provider ships with the shared framework.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static string? TryDecode(byte[] content)
    {
        var bytes = content.AsSpan();
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return TryStrict(StrictUtf8, bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return TryStrict(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return TryStrict(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..]);
        }

        // Without a BOM, a NUL byte means a binary file: no text editor writes one.
        if (bytes.Contains((byte)0))
        {
            return null;
        }

        var text = TryStrict(StrictUtf8, bytes) ?? Encoding.GetEncoding(1252).GetString(bytes);
        return LooksLikeText(text) ? text : null;
    }

    private static string? TryStrict(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            var text = encoding.GetString(bytes);
            return text.Contains('\0') ? null : text;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>A binary file decoded as Windows-1252 is full of control characters; real text has almost none.</summary>
    private static bool LooksLikeText(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c < 0x20 && c is not ('\t' or '\n' or '\r' or '\f') || c == 0x7F)
            {
                controls++;
            }
        }

        return controls <= Math.Max(2, text.Length / 1000);
    }
}
