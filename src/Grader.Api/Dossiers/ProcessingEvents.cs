using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;

namespace Grader.Api.Dossiers;

/// <summary>
/// The processing of a dossier as server-sent events: one <c>progress</c> event with the status JSON whenever it changes,
/// the last one at a terminal state, after which the stream ends. The database is polled, which works whichever
/// instance runs the job; the stream also ends when the client goes away.
/// </summary>
internal static class ProcessingEvents
{
    public const string EventType = "progress";
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(300);

    public static async IAsyncEnumerable<SseItem<ProcessingStatusDto>> StreamAsync(
        Guid dossierId, ProcessingStatusDto? first, DossierReads reads, TimeProvider clock, [EnumeratorCancellation] CancellationToken ct)
    {
        var last = first;
        if (first is not null)
        {
            yield return new SseItem<ProcessingStatusDto>(first, EventType);
            if (first.IsTerminal)
            {
                yield break;
            }
        }

        while (!ct.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(PollInterval, clock, ct);
            }
            catch (OperationCanceledException)
            {
                yield break;
            }

            var current = await reads.CurrentProcessingAsync(dossierId, ct);
            if (current is null || current == last)
            {
                continue;
            }

            last = current;
            yield return new SseItem<ProcessingStatusDto>(current, EventType);
            if (current.IsTerminal)
            {
                yield break;
            }
        }
    }
}
