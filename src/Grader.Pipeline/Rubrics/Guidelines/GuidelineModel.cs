namespace Grader.Pipeline.Rubrics.Guidelines;

/// <summary>
/// A short excerpt the pedagogical team wrote or chose to show what a level looks like for one compétence
/// (« exemple d’ancrage »). It comes from no candidate of the run: prompts show it to place levels, never as evidence.
/// </summary>
/// <param name="Level">On the rubric's scale; <see cref="int.MinValue"/> while missing (the validator reports it).</param>
/// <param name="Note">Why the excerpt sits at that level; optional.</param>
public sealed record AnchorExample(int Level, string Excerpt, string? Note, SourceLocation Location);

/// <summary>
/// The team's hidden correction guidelines (« consignes de correction », never shown to candidates) and anchor
/// examples for one compétence.
/// </summary>
/// <param name="Competence">The code as the file writes it (<c>C.2.2.4</c>, <c>C2.2.4</c>, <c>c-2-2-4</c>…).</param>
/// <param name="CompetenceId">The rubric id it names once resolved (<c>c-2-2-4</c>); empty while unresolved.</param>
public sealed record CompetenceGuidance(
    string Competence,
    string CompetenceId,
    string? Guidelines,
    IReadOnlyList<AnchorExample> Anchors,
    SourceLocation Location)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Guidelines) && Anchors.Count == 0;
}

/// <summary>
/// One version of a rubric's guidelines: data beside the référentiel, versioned on its own (the référentiel's text
/// does not change when a consigne does). Each version is a file that is never rewritten.
/// </summary>
/// <param name="Path">The file it was read from; null for a set built in memory (an API request).</param>
public sealed record GuidelineSet(string RubricId, string Version, IReadOnlyList<CompetenceGuidance> Competences, string? Path = null)
{
    public const int MaxExcerptLength = 600;
    public const int MaxGuidelinesLength = 1500;
    public const int MaxAnchorsPerCompetence = 4;

    /// <summary>No guidelines: prompts say nothing about them and the provenance records none.</summary>
    public static GuidelineSet None(string rubricId) => new(rubricId, string.Empty, []);

    public bool IsEmpty => Competences.All(c => c.IsEmpty);

    /// <summary>The guidance for a compétence by rubric id, or null.</summary>
    public CompetenceGuidance? For(string competenceId) =>
        Competences.FirstOrDefault(c => string.Equals(c.CompetenceId, competenceId, StringComparison.Ordinal) && !c.IsEmpty);
}
