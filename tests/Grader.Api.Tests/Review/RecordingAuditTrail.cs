using System.Collections.Concurrent;
using Grader.Api.Audit;

namespace Grader.Api.Tests.Review;

/// <summary>Keeps what the services append, so that unit tests can check each human action is audited.</summary>
internal sealed class RecordingAuditTrail : IAuditTrail
{
    public ConcurrentQueue<AuditRecord> Records { get; } = new();

    public Task AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        Records.Enqueue(record);
        return Task.CompletedTask;
    }
}
