namespace Grader.Persistence.Entities;

/// <summary>A member's role within a jury.</summary>
public enum JuryRole
{
    President,
    Member,
}
