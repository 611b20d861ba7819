namespace Grader.Api.DataRights;

/// <summary>
/// What an erasure removed, by kind. Numbers only: it goes into the <c>candidate.erased</c> audit entry, which must
/// hold no personal data.
/// </summary>
public sealed record ErasureCounts
{
    public int Dossiers { get; init; }
    public int FileRows { get; init; }
    public int StoredFilesDeleted { get; init; }
    public int IndexedDossiersCleared { get; init; }
    public bool IndexConfigured { get; init; }
    public int ProcessingJobs { get; init; }
    public int PreAssessments { get; init; }
    public int Decisions { get; init; }
    public int FinalGrids { get; init; }
    public int FinalGridReopenings { get; init; }
    public int FeedbackDrafts { get; init; }
    public int FeedbackReleases { get; init; }
    public int Enrolments { get; init; }
    public bool AccountDeleted { get; init; }
    public int AuditEntriesRedacted { get; init; }
}
