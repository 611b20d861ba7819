namespace Grader.Pipeline.Rubrics;

/// <summary>How a compétence can be judged: from the written dossier, only at the oral, or both.</summary>
public enum AssessmentMode
{
    Written,
    Oral,
    Both,
}

/// <summary>Where an element was read from, so that errors and reviewers can point at it.</summary>
public sealed record SourceLocation(string File, int Line);

/// <summary>One level of the rating scale, e.g. 2 = « acquis ».</summary>
public sealed record ScaleLevel(int Value, string Label, string? Description);

/// <summary>The rating scale owned by the rubric, and the level from which a compétence is « acquise ».</summary>
public sealed record RatingScale(IReadOnlyList<ScaleLevel> Levels, int AcquiredFrom)
{
    public int Min => Levels.Count == 0 ? 0 : Levels.Min(l => l.Value);
    public int Max => Levels.Count == 0 ? 0 : Levels.Max(l => l.Value);

    public ScaleLevel? Find(int value) => Levels.FirstOrDefault(l => l.Value == value);
}

/// <summary>A critère d'évaluation: one sentence of the « critères » column, possibly with bullets.</summary>
public sealed record Criterion(string Id, string Text, IReadOnlyList<Criterion> Items, SourceLocation Location);

/// <summary>Whether a compétence is judged on the writing or at the oral, and why.</summary>
public sealed record Assessment(AssessmentMode Mode, string Reason);

public sealed record Competence
{
    public required string Id { get; init; }
    /// <summary>The code exactly as the référentiel writes it, e.g. <c>C.2.2.4.</c>, <c>C3.1.1.</c>, <c>A.4.2.3.</c></summary>
    public required string SourceCode { get; init; }
    public required string Text { get; init; }
    public required Assessment Assessment { get; init; }
    public required IReadOnlyList<Criterion> Criteria { get; init; }
    /// <summary>Words and typical evidence a pedagogical team adds to help retrieval; may be empty.</summary>
    public IReadOnlyList<string> Signals { get; init; } = [];
    public required SourceLocation Location { get; init; }
}

public sealed record Activity
{
    public required string Id { get; init; }
    public required string SourceCode { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<Competence> Competences { get; init; }
    public required SourceLocation Location { get; init; }
}

/// <summary>An item the dossier must contain (« Le livrable intègre », « Le dossier comprend »), possibly nested.</summary>
public sealed record DeliverableItem(string Id, string Text, IReadOnlyList<DeliverableItem> Items, SourceLocation Location);

public sealed record Epreuve
{
    public required string Id { get; init; }
    /// <summary>As written in the référentiel; both optional blocs write « E6 ».</summary>
    public required string SourceCode { get; init; }
    /// <summary>E.g. « Mise en situation professionnelle », « Étude de cas ».</summary>
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public required string Modality { get; init; }
    /// <summary>The sentence introducing the deliverable list, e.g. « Le dossier comprend : ».</summary>
    public string? DeliverablesIntro { get; init; }
    public required IReadOnlyList<DeliverableItem> Deliverables { get; init; }
    public required bool OralDefence { get; init; }
    public string? OralText { get; init; }
    /// <summary>Ids of the compétences this épreuve assesses.</summary>
    public required IReadOnlyList<string> CompetenceIds { get; init; }
    public required SourceLocation Location { get; init; }
}

public sealed record Bloc
{
    public required string Id { get; init; }
    public required int Number { get; init; }
    /// <summary>E.g. « Bloc n°4 (optionnel) ».</summary>
    public required string SourceLabel { get; init; }
    public required string Title { get; init; }
    public required bool Optional { get; init; }
    public required IReadOnlyList<Activity> Activities { get; init; }
    public required IReadOnlyList<Epreuve> Epreuves { get; init; }
    public required SourceLocation Location { get; init; }

    public IEnumerable<Competence> Competences => Activities.SelectMany(a => a.Competences);
}

/// <summary>A whole référentiel as data: what every later stage reads, with the version it records.</summary>
public sealed record Rubric
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Version { get; init; }
    public string? Source { get; init; }
    /// <summary>Text of the référentiel that belongs to no bloc (its opening headings), kept for fidelity.</summary>
    public IReadOnlyList<string> Preamble { get; init; } = [];
    public required RatingScale Scale { get; init; }
    public required IReadOnlyList<Bloc> Blocs { get; init; }
    /// <summary>The folder or file the rubric was loaded from.</summary>
    public required string Path { get; init; }

    public IEnumerable<Competence> Competences => Blocs.SelectMany(b => b.Competences);
    public IEnumerable<Epreuve> Epreuves => Blocs.SelectMany(b => b.Epreuves);
}
