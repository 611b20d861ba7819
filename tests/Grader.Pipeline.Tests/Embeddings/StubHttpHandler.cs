using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Grader.Pipeline.Tests.Embeddings;

/// <summary>
/// Plays an embeddings server without a network: records each request as sent (method, URL, headers, body)
/// and answers from a script of status codes; successful answers embed each input as [length, index, 1].
/// </summary>
internal sealed class StubHttpHandler : HttpMessageHandler
{
    private readonly Queue<HttpStatusCode> script;

    public StubHttpHandler(params HttpStatusCode[] script) => this.script = new Queue<HttpStatusCode>(script);

    public List<RecordedRequest> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(",", h.Value)),
            body));

        var status = script.Count > 0 ? script.Dequeue() : HttpStatusCode.OK;
        if (status != HttpStatusCode.OK)
        {
            var failure = new HttpResponseMessage(status) { Content = new StringContent("""{"error":{"message":"stub failure","type":"server_error"}}""", Encoding.UTF8, "application/json") };
            if (status == HttpStatusCode.TooManyRequests)
            {
                failure.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.Zero);
            }

            return failure;
        }

        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Answer(body), Encoding.UTF8, "application/json") };
    }

    private static string Answer(string requestBody)
    {
        var request = JsonNode.Parse(requestBody)!;
        var inputs = request["input"] is JsonArray array ? array.Select(x => x!.GetValue<string>()).ToList() : [request["input"]!.GetValue<string>()];
        var base64 = request["encoding_format"]?.GetValue<string>() == "base64";
        var data = new JsonArray();
        for (var i = 0; i < inputs.Count; i++)
        {
            float[] vector = [inputs[i].Length, i, 1];
            JsonNode embedding = base64
                ? JsonValue.Create(Convert.ToBase64String(vector.SelectMany(BitConverter.GetBytes).ToArray()))
                : new JsonArray(vector.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
            data.Add(new JsonObject { ["object"] = "embedding", ["index"] = i, ["embedding"] = embedding });
        }

        return new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["model"] = request["model"]?.GetValue<string>(),
            ["usage"] = new JsonObject { ["prompt_tokens"] = inputs.Count, ["total_tokens"] = inputs.Count },
        }.ToJsonString();
    }

    public sealed record RecordedRequest(HttpMethod Method, Uri Uri, Dictionary<string, string> Headers, string Body)
    {
        public JsonNode Json => JsonNode.Parse(Body)!;

        public IReadOnlyList<string> Inputs => Json["input"]!.AsArray().Select(x => x!.GetValue<string>()).ToList();
    }
}
