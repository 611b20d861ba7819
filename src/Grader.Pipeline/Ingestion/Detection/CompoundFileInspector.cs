using System.Buffers.Binary;
using System.Text;

namespace Grader.Pipeline.Ingestion.Detection;

/// <summary>
/// Looks inside an OLE compound file (the container of legacy .doc/.xls/.ppt files, and of every
/// password-protected Office file, even one saved as .docx) for the streams that encryption adds.
/// </summary>
internal static class CompoundFileInspector
{
    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private const int HeaderSize = 512;
    private const int DirectoryEntrySize = 128;
    private const int NameLengthOffset = 64;

    private static readonly string[] EncryptionStreams = ["EncryptionInfo", "EncryptedPackage"];

    /// <summary>
    /// True for an Office file protected by rights management (IRM / Purview): it is encrypted too, but the
    /// candidate has no password to remove, so the advice differs. The data-space map names the DRM transform
    /// inside a stream, not as a directory entry, hence a search of the whole content.
    /// </summary>
    public static bool HasRightsManagement(ReadOnlySpan<byte> content) =>
        content.IndexOf(Encoding.Unicode.GetBytes("DRMEncryptedDataSpace")) >= 0
        || content.IndexOf(Encoding.Unicode.GetBytes("DRMEncryptedTransform")) >= 0;

    public static bool IsCompoundFile(ReadOnlySpan<byte> content) => content.StartsWith(Signature);

    /// <summary>
    /// True when a directory entry is named like an encryption stream. Directory sectors start on
    /// multiples of the sector size (512 or 4096), so every directory entry starts on a multiple of 128
    /// after the header: checking those positions, name and declared name length, avoids a full CFB
    /// parser while not matching the same words that merely appear in a document's text.
    /// </summary>
    public static bool HasEncryptionStreams(ReadOnlySpan<byte> content)
    {
        var names = EncryptionStreams.Select(n => (Bytes: Encoding.Unicode.GetBytes(n), Length: (n.Length + 1) * 2)).ToArray();
        for (var offset = HeaderSize; offset + DirectoryEntrySize <= content.Length; offset += DirectoryEntrySize)
        {
            var entry = content.Slice(offset, DirectoryEntrySize);
            foreach (var (bytes, length) in names)
            {
                if (entry.StartsWith(bytes) && BinaryPrimitives.ReadUInt16LittleEndian(entry[NameLengthOffset..]) == length)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
