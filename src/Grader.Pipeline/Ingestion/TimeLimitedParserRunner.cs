using Grader.Pipeline.Common;
using Microsoft.Extensions.Logging;

namespace Grader.Pipeline.Ingestion;

/// <summary>
/// Runs a parse (package checks included) on its own thread and waits for it with a wall-clock limit. A parser stuck inside a
/// library call ignores cancellation, so waiting on the task is the only way to give the caller its answer
/// on time; the stuck thread is abandoned (it cannot be aborted in .NET) and its late result discarded.
/// </summary>
internal sealed class TimeLimitedParserRunner(ILogger logger)
{
    public ParserOutput Run(IDocumentParser parser, string fileName, Func<CancellationToken, ParserOutput> parse, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var task = Task.Factory.StartNew(
            () => parse(limit.Token),
            CancellationToken.None,
            TaskCreationOptions.LongRunning, // a dedicated thread: a hung parser must not starve the thread pool
            TaskScheduler.Default);

        // Observe a late failure and release the token source only once the parser has really finished.
        task.ContinueWith(
            t =>
            {
                _ = t.Exception;
                limit.Dispose();
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

        bool finished;
        try
        {
            finished = task.Wait(ToMilliseconds(timeout), cancellationToken);
        }
        catch (OperationCanceledException)
        {
            limit.Cancel();
            throw;
        }
        catch (AggregateException)
        {
            finished = true; // the parser failed: its exception is rethrown, unwrapped, below
        }

        if (!finished)
        {
            limit.Cancel();
            logger.LogWarning("Parser {Parser} exceeded {Timeout} on {File}", parser.GetType().Name, timeout, fileName);
            throw new IngestionException(IngestionErrorKind.Timeout, IngestionMessages.Timeout(fileName, timeout));
        }

        try
        {
            return task.GetAwaiter().GetResult();
        }
        catch (GraderException)
        {
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // The detail is for the maintainers; the candidate gets a message that says what to do.
            logger.LogError(ex, "Parser {Parser} failed on {File}", parser.GetType().Name, fileName);
            throw new IngestionException(IngestionErrorKind.Corrupt, IngestionMessages.Corrupt(fileName), ex);
        }
    }

    private static int ToMilliseconds(TimeSpan timeout) =>
        timeout == Timeout.InfiniteTimeSpan ? Timeout.Infinite : (int)Math.Clamp(timeout.TotalMilliseconds, 0, int.MaxValue);
}
