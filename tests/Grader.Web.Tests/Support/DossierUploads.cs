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

    /// <summary>Uploads the given files as one e2 dossier of the session's candidate and waits until it is pre-assessed.</summary>
    public static async Task<Guid> UploadProcessedAsync(this WebFixture web, TestSession session, params (string Path, string Name, string ContentType)[] files)
    {
        using var client = await web.ApiAsync(session.CandidateUser);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("e2"), "epreuve");
        foreach (var (path, name, contentType) in files)
        {
            var part = new ByteArrayContent(await File.ReadAllBytesAsync(path));
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
