namespace Grader.Api.Rubrics;

// Guidelines as the API shows and receives them: never shown to candidates (see GuidelinesApi).

public sealed record AnchorDto(int Level, string? LevelLabel, string Excerpt, string? Note);

public sealed record CompetenceGuidanceDto(string Competence, string CompetenceId, string SourceCode, string? Guidelines, IReadOnlyList<AnchorDto> Anchors);

/// <param name="Version">The version in force; null when the rubric has no guidelines yet.</param>
/// <param name="Versions">Every published version, oldest first.</param>
public sealed record GuidelinesDto(string RubricId, string? Version, string? Fingerprint, IReadOnlyList<string> Versions, IReadOnlyList<CompetenceGuidanceDto> Competences);

public sealed record AnchorRequest(int? Level, string? Excerpt, string? Note);

public sealed record CompetenceGuidanceRequest(string? Competence, string? Guidelines, IReadOnlyList<AnchorRequest>? Anchors);

/// <param name="BaseVersion">The version the editor started from (null for the first one): an edit made meanwhile is not overwritten.</param>
public sealed record GuidelinesUpdateRequest(string? BaseVersion, IReadOnlyList<CompetenceGuidanceRequest>? Competences);
