namespace Grader.Persistence.Entities;

/// <summary>
/// A row two people may edit at once. <see cref="Version"/> is a concurrency token that
/// <see cref="GraderDbContext"/> bumps on every update, so that the second of two concurrent writers gets a
/// <c>DbUpdateConcurrencyException</c> instead of silently overwriting the first (SQLite has no rowversion).
/// </summary>
public interface IVersioned
{
    long Version { get; set; }
}
