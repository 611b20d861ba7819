namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>
/// Gives each HTTP attempt its own time limit and reports running out of it as a <see cref="TimeoutException"/>
/// inside a <see cref="TaskCanceledException"/> — the shape <see cref="Embeddings.TransientHttpRetryHandler"/>
/// treats as transient — so a hung provider is retried instead of stalling the whole evaluation. The caller's
/// own cancellation still propagates as a plain cancellation and is not retried.
/// </summary>
public sealed class PerAttemptTimeoutHandler(TimeSpan timeout, HttpMessageHandler innerHandler) : DelegatingHandler(innerHandler)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(timeout);
        try
        {
            var response = await base.SendAsync(request, attempt.Token);
            // The body is read after this handler returns; buffer it now so the time limit covers it too.
            if (response.Content is not null)
            {
                await response.Content.LoadIntoBufferAsync(attempt.Token);
            }

            return response;
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TaskCanceledException(
                $"Pas de réponse du fournisseur en {timeout.TotalSeconds:0.#} s.",
                new TimeoutException(exception.Message, exception));
        }
    }
}
