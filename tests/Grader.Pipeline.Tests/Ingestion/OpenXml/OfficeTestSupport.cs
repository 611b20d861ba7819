using Grader.Pipeline.Ingestion;

namespace Grader.Pipeline.Tests.Ingestion.OpenXml;

/// <summary>Small helpers shared by the Office parser tests.</summary>
internal static class OfficeTestSupport
{
    public static ParserInput Input(byte[] content, string fileName, IngestionOptions? options = null) =>
        new(fileName, content, options ?? new IngestionOptions());

    public static IEnumerable<DocumentBlock> AllBlocks(this ParserOutput output) => output.Pages.SelectMany(p => p.Blocks);

    public static DocumentBlock Single(this ParserOutput output, string text) =>
        Assert.Single(output.AllBlocks(), b => b.Text == text);

    /// <summary>
    /// The committed fixtures, found by walking up from the test binaries to the source tree, so the test
    /// project file does not need to copy them.
    /// </summary>
    public static byte[] Fixture(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Grader.Pipeline.Tests", "Fixtures", "office", name);
            if (File.Exists(candidate))
            {
                return File.ReadAllBytes(candidate);
            }

            var beside = Path.Combine(dir.FullName, "Fixtures", "office", name);
            if (File.Exists(beside))
            {
                return File.ReadAllBytes(beside);
            }
        }

        throw new FileNotFoundException($"Fixture {name} not found above {AppContext.BaseDirectory}.");
    }
}
