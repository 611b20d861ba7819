namespace Grader.Pipeline.Ingestion.Detection;

/// <summary>
/// Recognises the "owner file" Word, Excel and PowerPoint write beside an open document (~$rapport.docx),
/// and LibreOffice's equivalent (.~lock.rapport.docx#):
/// candidates upload it by mistake because it sits next to the real file with almost the same name.
/// </summary>
internal static class OfficeLockFileDetector
{
    // Word writes 162 bytes: a length byte, the ANSI user name padded to 54 bytes, then the UTF-16 name.
    private const int MinSize = 100;
    private const int MaxSize = 200;
    private const int AnsiNameField = 54;

    public static bool IsLockFile(string fileName, ReadOnlySpan<byte> content)
    {
        // "~$rapport.docx" from Microsoft Office, ".~lock.rapport.docx#" from LibreOffice.
        var name = Path.GetFileName(fileName);
        if (name.StartsWith("~$", StringComparison.Ordinal) || (name.StartsWith(".~lock.", StringComparison.Ordinal) && name.EndsWith('#')))
        {
            return true;
        }

        if (content.Length is < MinSize or > MaxSize)
        {
            return false;
        }

        int nameLength = content[0];
        if (nameLength is 0 or >= AnsiNameField)
        {
            return false;
        }

        // The user name must be printable, and the padding must contain the NUL bytes no text file has:
        // together they make a false match on a short text file impossible.
        foreach (var b in content.Slice(1, nameLength))
        {
            if (b < 0x20)
            {
                return false;
            }
        }

        return content[(1 + nameLength)..].Contains((byte)0);
    }
}
