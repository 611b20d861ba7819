using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Grader.Api.Tests.Processing;

/// <summary>
/// An OpenAI-compatible chat-completions server on loopback that answers every prompt of the evaluation with a valid,
/// minimal structured answer after <see cref="Delay"/>: an evaluation slow enough to be interrupted mid-way, and
/// observable (it counts the calls).
/// </summary>
public sealed class SlowOpenAiStub : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string?> _authorizations = new();
    private int _calls;

    public SlowOpenAiStub(TimeSpan delay)
    {
        Delay = delay;
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUri = new Uri($"http://127.0.0.1:{port}/v1");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public TimeSpan Delay { get; }

    /// <summary>The base URL ending in <c>/v1</c>, as <c>Grader:Llm:Endpoint</c> wants it.</summary>
    public Uri BaseUri { get; }

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>When set, a request without <c>Authorization: Bearer</c> and this key gets a 401, as OpenAI answers it.</summary>
    public string? RequiredApiKey { get; init; }

    /// <summary>The <c>Authorization</c> header of every request received, in order.</summary>
    public IReadOnlyList<string?> Authorizations => [.. _authorizations];

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
            // Stopping the listener ends the pending accept.
        }

        _listener.Close();
        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            Interlocked.Increment(ref _calls);
            var authorization = context.Request.Headers["Authorization"];
            _authorizations.Enqueue(authorization);
            if (RequiredApiKey is not null && authorization != $"Bearer {RequiredApiKey}")
            {
                await RefuseAsync(context.Response, authorization);
                return;
            }

            await Task.Delay(Delay, _stopping.Token);
            var bytes = Encoding.UTF8.GetBytes(Completion(ContentFor(body)));
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes, _stopping.Token);
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away (the service was killed) or the stub is stopping.
        }
    }

    // OpenAI's own refusal quotes part of the key it was sent: the service must not pass that text on.
    private async Task RefuseAsync(HttpListenerResponse response, string? authorization)
    {
        var sent = authorization?.Replace("Bearer ", "", StringComparison.Ordinal) ?? "";
        var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { error = new { message = $"Incorrect API key provided: {sent}.", type = "invalid_request_error", code = "invalid_api_key" } }));
        response.StatusCode = 401;
        response.ContentType = "application/json";
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes, _stopping.Token);
        response.Close();
    }

    // The prompt is recognised by the response schema it asks for, as a real model would follow it.
    private static object ContentFor(string body)
    {
        if (body.Contains("\"itemId\"", StringComparison.Ordinal))
        {
            return new { items = Array.Empty<object>(), injectionSuspected = false, injectionNote = "" };
        }

        if (body.Contains("\"strengths\"", StringComparison.Ordinal))
        {
            return new
            {
                summary = "Votre dossier présente un plan clair.",
                strengths = new[] { "Le plan est structuré." },
                improvements = new[] { new { what = "Chiffrer davantage les objectifs.", how = "Ajoutez des montants et des dates." } },
                injectionSuspected = false,
                injectionNote = "",
            };
        }

        if (body.Contains("\"intent\"", StringComparison.Ordinal))
        {
            return new { questions = new[] { new { question = "Comment avez-vous choisi vos canaux ?", intent = "Vérifier le choix.", criterion = "canaux" } }, injectionSuspected = false, injectionNote = "" };
        }

        return new
        {
            level = 2,
            rationale = "Le dossier présente un plan d’actions.",
            evidence = Array.Empty<object>(),
            missing = Array.Empty<string>(),
            confidence = 0.6,
            oralQuestions = new[] { "Comment avez-vous fixé vos objectifs ?" },
            injectionSuspected = false,
            injectionNote = "",
        };
    }

    private static string Completion(object content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-stub",
        @object = "chat.completion",
        created = 1_764_000_000,
        model = "stub-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content = JsonSerializer.Serialize(content) }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 300, completion_tokens = 40, total_tokens = 340 },
    });
}
