namespace Grader.Persistence.Entities;

/// <summary>Where a processing job is.</summary>
public enum ProcessingState
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
