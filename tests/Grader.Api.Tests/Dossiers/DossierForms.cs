using System.Net.Http.Headers;

namespace Grader.Api.Tests.Dossiers;

/// <summary>Upload requests as a browser or a script would send them, and the repository's sample dossiers.</summary>
public static class DossierForms
{
    public static string SamplePdf(string caseName = "e2-fort") => Path.Combine(RepositoryRoot, "eval-sets", "dossiers-v1", caseName, "dossier.pdf");

    public static string RepositoryRoot { get; } = FindRoot();

    public static MultipartFormDataContent Upload(string epreuve, Guid? candidateId, params (string Name, byte[] Content, string ContentType)[] files)
    {
        var form = new MultipartFormDataContent();
        form.Add(new StringContent(epreuve), "epreuve");
        if (candidateId is not null)
        {
            form.Add(new StringContent(candidateId.Value.ToString()), "candidateId");
        }

        foreach (var (name, content, contentType) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            form.Add(part, "files", name);
        }

        return form;
    }

    public static MultipartFormDataContent SampleUpload(Guid? candidateId, string epreuve = "e2") =>
        Upload(epreuve, candidateId, ("dossier.pdf", File.ReadAllBytes(SamplePdf()), "application/pdf"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Grader.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Grader.sln not found above the test binaries.");
    }
}
