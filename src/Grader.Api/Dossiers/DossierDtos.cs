using Grader.Persistence.Entities;

namespace Grader.Api.Dossiers;

/// <summary>What the upload answers: where to follow the processing.</summary>
public sealed record UploadAcceptedDto(Guid DossierId, Guid JobId, string StatusUrl, string EventsUrl);

public sealed record DossierFileDto(Guid Id, string Name, string Format, long SizeBytes, string Sha256)
{
    public static DossierFileDto From(DossierFile file) => new(file.Id, file.Name, file.Format, file.SizeBytes, file.Sha256);
}

public sealed record DossierSummaryDto(Guid Id, Guid SessionId, Guid CandidateId, string Epreuve, string Status, DateTimeOffset CreatedAt);

public sealed record DossierDto(
    Guid Id, Guid SessionId, Guid CandidateId, string Epreuve, string Status, DateTimeOffset CreatedAt,
    IReadOnlyList<DossierFileDto> Files, ProcessingStatusDto? Processing);

/// <summary>A processing run as the user follows it; <see cref="FailureReason"/> is French.</summary>
public sealed record ProcessingStatusDto(
    Guid JobId, string State, string Stage, int CriteriaDone, int CriteriaTotal, int Attempts,
    string? FailureCode, string? FailureReason, Guid? PreAssessmentId, DateTimeOffset UpdatedAt)
{
    public bool IsTerminal => State is nameof(ProcessingState.Succeeded) or nameof(ProcessingState.Failed);

    public static ProcessingStatusDto From(ProcessingJob job) => new(
        job.Id, job.State.ToString(), job.Stage, job.CriteriaDone, job.CriteriaTotal, job.Attempts,
        job.FailureCode, job.FailureReason, job.PreAssessmentRecordId, job.UpdatedAt);
}
