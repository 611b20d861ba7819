namespace Grader.Api.Processing;

/// <summary>The values of <see cref="Grader.Persistence.Entities.ProcessingJob.Stage"/>.</summary>
public static class ProcessingStages
{
    public const string Queued = "queued";
    /// <summary>Reading, chunking and indexing the files (the pipeline prepares the dossier in one step).</summary>
    public const string Parsing = "parsing";
    public const string Evaluating = "evaluating";
    public const string Done = "done";
}
