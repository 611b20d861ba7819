using System.IO.Compression;
using System.Text;

namespace Grader.Pipeline.Tests.Ingestion.Detection;

/// <summary>Builds, in memory, the files candidates upload: Office packages, OLE containers, lock files, pictures.</summary>
internal static class TestFiles
{
    public const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";

    public static byte[] Docx(string documentXml = "<w:document xmlns:w=\"urn:w\"><w:body><w:p/></w:body></w:document>") =>
        Zip(("[Content_Types].xml", ContentTypes), ("word/document.xml", documentXml));

    public static byte[] Pptx() => Zip(("[Content_Types].xml", ContentTypes), ("ppt/presentation.xml", "<p:presentation xmlns:p=\"urn:p\"/>"));

    public static byte[] Xlsx() => Zip(("[Content_Types].xml", ContentTypes), ("xl/workbook.xml", "<workbook xmlns=\"urn:x\"/>"));

    public static byte[] Odt() => Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content xmlns:office=\"urn:o\"/>"));

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A docx-like package with one entry of <paramref name="zeroBytes"/> zeros, written in small slices.</summary>
    public static byte[] DocxWithZeros(long zeroBytes)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in new[] { ("[Content_Types].xml", ContentTypes), ("word/document.xml", "<w:document xmlns:w=\"urn:w\"/>") })
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(content);
            }

            using var bomb = archive.CreateEntry("word/media/image1.bin", CompressionLevel.Optimal).Open();
            var slice = new byte[64 * 1024];
            for (long written = 0; written < zeroBytes; written += slice.Length)
            {
                bomb.Write(slice, 0, (int)Math.Min(slice.Length, zeroBytes - written));
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// Rewrites the uncompressed size an entry declares, in its local header and in the central directory,
    /// as a crafted archive would: the data still inflates to its real size.
    /// </summary>
    public static byte[] WithDeclaredSize(byte[] zip, string entryName, uint declaredSize)
    {
        var bytes = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BitConverter.ToUInt32(bytes, i);
            var (nameLengthAt, nameAt, sizeAt) = signature switch
            {
                0x04034b50 => (26, 30, 22), // local file header
                0x02014b50 => (28, 46, 24), // central directory header
                _ => (-1, -1, -1),
            };
            if (nameAt > 0 && BitConverter.ToUInt16(bytes, i + nameLengthAt) == name.Length && bytes.AsSpan(i + nameAt, name.Length).SequenceEqual(name))
            {
                BitConverter.GetBytes(declaredSize).CopyTo(bytes, i + sizeAt);
            }
        }

        return bytes;
    }

    /// <summary>An OLE compound file whose directory holds the given stream names, as 128-byte entries after the header.</summary>
    public static byte[] CompoundFile(params string[] streamNames)
    {
        var bytes = new byte[512 + 512];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(bytes, 0);
        string[] names = ["Root Entry", .. streamNames];
        for (var i = 0; i < names.Length; i++)
        {
            var offset = 512 + i * 128;
            var name = Encoding.Unicode.GetBytes(names[i]);
            name.CopyTo(bytes, offset);
            BitConverter.GetBytes((ushort)(name.Length + 2)).CopyTo(bytes, offset + 64);
        }

        return bytes;
    }

    /// <summary>The 162-byte owner file Word writes beside an open document.</summary>
    public static byte[] WordLockFile(string user = "Camille Martin")
    {
        var bytes = new byte[162];
        bytes[0] = (byte)user.Length;
        Encoding.ASCII.GetBytes(user).CopyTo(bytes, 1);
        Encoding.Unicode.GetBytes(user).CopyTo(bytes, 56);
        return bytes;
    }

    public static byte[] Png() =>
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00];
}
