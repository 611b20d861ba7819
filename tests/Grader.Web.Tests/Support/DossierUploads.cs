using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Grader.Web.Tests.Support;

/// <summary>Uploads of the eval set's other formats (the shared fixture uploads its PDF only), through the API as a candidate would.</summary>
public static class DossierUploads
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The e2-fort dossier as Word wrote it: the same text as the fixture's PDF, paginated by the service's estimate.</summary>
    public static string SampleDocx => Path.Combine(WebFixture.RepositoryRoot, "eval-sets", "dossiers-v1", "e2-fort", "dossier.docx");

    public const string PptxType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Uploads the given files as one e2 dossier of the session's candidate and waits until it is pre-assessed.</summary>
    public static async Task<Guid> UploadProcessedAsync(this WebFixture web, TestSession session, params (string Path, string Name, string ContentType)[] files)
    {
        var contents = new List<(byte[] Content, string Name, string ContentType)>();
        foreach (var (path, name, contentType) in files)
        {
            contents.Add((await File.ReadAllBytesAsync(path), name, contentType));
        }

        return await web.UploadProcessedAsync(session, contents.ToArray());
    }

    /// <summary>Uploads files given by their bytes (built in the test) as one e2 dossier, and waits until it is pre-assessed.</summary>
    public static async Task<Guid> UploadProcessedAsync(this WebFixture web, TestSession session, params (byte[] Content, string Name, string ContentType)[] files)
    {
        using var client = await web.ApiAsync(session.CandidateUser);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("e2"), "epreuve");
        foreach (var (content, name, contentType) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            form.Add(part, "files", name);
        }

        var response = await client.PostAsync($"/api/sessions/{session.Id}/dossiers", form);
        response.EnsureSuccessStatusCode();
        var dossierId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dossierId").GetGuid();
        await web.WaitProcessedAsync(session.CandidateUser, dossierId);
        return dossierId;
    }
}
