namespace Grader.Api.Rubrics;

// A compétence's signals as the pedagogical team edits them: the whole list, and the rubric version it was read from.

/// <param name="BaseVersion">The rubric version the editor started from: an edit published meanwhile is not overwritten.</param>
/// <param name="Signals">The whole new list (may be empty), one signal per item.</param>
public sealed record SignalsUpdateRequest(string? BaseVersion, IReadOnlyList<string?>? Signals);

/// <summary>The rubric version the edit published, the one it replaced, and the compétence as it now reads.</summary>
public sealed record SignalsPublishedDto(string RubricId, string Version, string PreviousVersion, string Fingerprint, CompetencePlacementDto Competence);
