namespace Grader.Persistence.Entities;

/// <summary>Whether a session trains candidates on drafts or certifies final dossiers.</summary>
public enum SessionMode
{
    Formative,
    Certifying,
}
