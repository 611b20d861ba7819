using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Grader.Cli.Bench.Service;

/// <summary>The few calls of the service's HTTP API the load measurement needs, as an administrator.</summary>
internal sealed class ServiceClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public async Task SignInAsync(string email, string password, CancellationToken ct)
    {
        var response = await http.PostAsJsonAsync("/api/auth/login", new { email, password }, ct);
        await EnsureAsync(response, "connexion", ct);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public async Task<string> PostAsync(string path, object body, CancellationToken ct)
    {
        var response = await http.PostAsJsonAsync(path, body, ct);
        await EnsureAsync(response, path, ct);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetString()!;
    }

    /// <summary>Uploads one dossier on behalf of a candidate; returns its id.</summary>
    public async Task<string> UploadAsync(string sessionId, string candidateId, string epreuve, string file, CancellationToken ct)
    {
        using var form = new MultipartFormDataContent();
        var bytes = new ByteArrayContent(await File.ReadAllBytesAsync(file, ct));
        bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(bytes, "files", Path.GetFileName(file));
        form.Add(new StringContent(epreuve), "epreuve");
        form.Add(new StringContent(candidateId), "candidateId");
        var response = await http.PostAsync($"/api/sessions/{sessionId}/dossiers", form, ct);
        await EnsureAsync(response, "dépôt", ct);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("dossierId").GetString()!;
    }

    public async Task<JsonElement> GetJsonAsync(string path, CancellationToken ct) =>
        await http.GetFromJsonAsync<JsonElement>(path, ct);

    public void Dispose() => http.Dispose();

    private static async Task EnsureAsync(HttpResponseMessage response, string what, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new ServiceBenchException($"Le service a refusé « {what} » ({(int)response.StatusCode}) : {await response.Content.ReadAsStringAsync(ct)}");
        }
    }
}
