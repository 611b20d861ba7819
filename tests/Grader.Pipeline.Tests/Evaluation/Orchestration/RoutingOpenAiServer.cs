using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Grader.Pipeline.Tests.Support;

namespace Grader.Pipeline.Tests.Evaluation.Orchestration;

/// <summary>
/// An OpenAI-compatible server on loopback that answers each request from its content (which prompt, which
/// compétence) rather than from a queue: compétences run concurrently, so the order of calls is not fixed.
/// Every request is recorded whole, for the privacy assertions.
/// </summary>
public sealed class RoutingOpenAiServer : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<ScriptedOpenAiRequest> requests = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Func<ScriptedOpenAiRequest, ScriptedOpenAiReply> answer;
    private readonly Task loop;

    public RoutingOpenAiServer(Func<ScriptedOpenAiRequest, ScriptedOpenAiReply> answer)
    {
        this.answer = answer;
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUri = new Uri($"http://127.0.0.1:{port}/v1");
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        loop = Task.Run(AcceptLoopAsync);
    }

    public Uri BaseUri { get; }

    public IReadOnlyList<ScriptedOpenAiRequest> Requests => [.. requests];

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

            _ = Task.Run(() => ServeAsync(context));
        }
    }

    private async Task ServeAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var request = new ScriptedOpenAiRequest(
                context.Request.HttpMethod, context.Request.Url?.AbsolutePath ?? string.Empty, await reader.ReadToEndAsync(), context.Request.Headers["Authorization"]);
            requests.Enqueue(request);
            var reply = answer(request);
            context.Response.StatusCode = (int)reply.Status;
            context.Response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(reply.Body);
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes, stopping.Token);
            context.Response.Close();
        }
        catch (Exception exception) when (exception is HttpListenerException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client gave up or the server is stopping.
        }
    }
}
