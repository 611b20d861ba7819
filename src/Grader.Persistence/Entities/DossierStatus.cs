namespace Grader.Persistence.Entities;

/// <summary>Where a dossier is in its life.</summary>
public enum DossierStatus
{
    Received,
    Processing,
    PreAssessed,
    InReview,
    Finalised,
    Failed,
}
