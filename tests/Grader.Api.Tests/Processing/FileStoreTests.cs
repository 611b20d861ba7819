using Grader.Api.Processing;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Grader.Api.Tests.Processing;

/// <summary>The file store never trusts the client's name and never shows a half-written file under its real name.</summary>
public sealed class FileStoreTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("grader-files-").FullName;

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData(@"C:\Users\camille\Documents\dossier final.pdf", "dossier final.pdf")]
    [InlineData("..", "fichier")]
    [InlineData("CON.pdf", "fichier-CON.pdf")]
    [InlineData("rapport\u202Efdp.exe", "rapport_fdp.exe")]
    [InlineData("pla<n>:d'action?.docx", "pla_n__d'action_.docx")]
    public void Client_names_are_reduced_to_a_safe_file_name(string sent, string kept) =>
        Assert.Equal(kept, FileNameSanitizer.Sanitize(sent));

    [Fact]
    public async Task Files_are_stored_under_the_dossier_with_their_hash_and_no_temporary_file_left()
    {
        var store = new DossierFileStore(Options.Create(new StorageOptions { Directory = "files" }), new Host(_root));
        var dossierId = Guid.NewGuid();
        var content = "# Dossier\n\nLe plan d’action."u8.ToArray();

        var first = await store.SaveAsync(dossierId, "../dossier.md", content, TestContext.Current.CancellationToken);
        var second = await store.SaveAsync(dossierId, "dossier.md", content, TestContext.Current.CancellationToken);

        Assert.Equal("dossier.md", first.Name);
        Assert.Equal("dossier (2).md", second.Name);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), first.Sha256);
        Assert.Equal(first.Sha256, await store.HashAsync(first.StoragePath, TestContext.Current.CancellationToken));
        Assert.Equal(
            ["dossier (2).md", "dossier.md"],
            Directory.GetFiles(Path.Combine(_root, "files", dossierId.ToString("N"))).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Throws<InvalidOperationException>(() => store.FullPathOf("../outside.txt"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private sealed class Host(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";
        public string ApplicationName { get; set; } = "Grader.Api";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
