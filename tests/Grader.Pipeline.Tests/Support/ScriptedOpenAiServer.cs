using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Grader.Pipeline.Tests.Support;

/// <summary>
/// A minimal OpenAI-compatible server on 127.0.0.1 and a free port: it records every request and answers
/// from a script, so tests drive the real Semantic Kernel connector over real HTTP. An exhausted script
/// answers 418, which no client retries, so a test that sends more requests than it expects fails loudly.
/// </summary>
public sealed class ScriptedOpenAiServer : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<ScriptedOpenAiReply> script = new();
    private readonly ConcurrentQueue<ScriptedOpenAiRequest> requests = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;
    private int inFlight;
    private int maxInFlight;

    public ScriptedOpenAiServer(params ScriptedOpenAiReply[] replies)
    {
        var port = FreePort();
        BaseUri = new Uri($"http://127.0.0.1:{port}/v1");
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        foreach (var reply in replies)
        {
            script.Enqueue(reply);
        }

        loop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>The base URL ending in <c>/v1</c>, as <c>Grader:Llm:Endpoint</c> expects it.</summary>
    public Uri BaseUri { get; }

    public IReadOnlyList<ScriptedOpenAiRequest> Requests => [.. requests];

    /// <summary>The most requests the server was answering at the same time.</summary>
    public int MaxConcurrentRequests => Volatile.Read(ref maxInFlight);

    public void Enqueue(params ScriptedOpenAiReply[] replies)
    {
        foreach (var reply in replies)
        {
            script.Enqueue(reply);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        try
        {
            await loop;
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
            // Stopping the listener ends the pending accept with one of these.
        }

        listener.Close();
        stopping.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task AcceptLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            // Each request on its own task, so a scripted hang does not block the retry that follows it.
            _ = Task.Run(() => ServeAsync(context));
        }
    }

    private async Task ServeAsync(HttpListenerContext context)
    {
        var now = Interlocked.Increment(ref inFlight);
        for (var seen = Volatile.Read(ref maxInFlight); now > seen && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen; seen = Volatile.Read(ref maxInFlight))
        {
            // Another request raised the maximum meanwhile; compare again.
        }

        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            requests.Enqueue(new ScriptedOpenAiRequest(
                context.Request.HttpMethod, context.Request.Url?.AbsolutePath ?? string.Empty, body, context.Request.Headers["Authorization"]));

            var reply = script.TryDequeue(out var next)
                ? next
                : new ScriptedOpenAiReply((HttpStatusCode)418, """{"error":{"message":"script exhausted"}}""");
            if (reply.Delay > TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay, stopping.Token);
            }

            context.Response.StatusCode = (int)reply.Status;
            context.Response.ContentType = "application/json";
            if (reply.RetryAfter is not null)
            {
                context.Response.AddHeader("Retry-After", reply.RetryAfter);
            }

            var bytes = Encoding.UTF8.GetBytes(reply.Body);
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes, stopping.Token);
            context.Response.Close();
        }
        catch (Exception exception) when (exception is HttpListenerException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client gave up (timeout) or the server is stopping: nothing left to answer.
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }
}
