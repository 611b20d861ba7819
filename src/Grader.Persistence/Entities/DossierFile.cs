namespace Grader.Persistence.Entities;

/// <summary>One file of a dossier, as stored.</summary>
public sealed class DossierFile
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid DossierId { get; set; }
    public required string Name { get; set; }
    /// <summary>Detected format (<c>pdf</c>, <c>docx</c>, <c>md</c>, …).</summary>
    public required string Format { get; set; }
    public long SizeBytes { get; set; }
    public required string Sha256 { get; set; }
    /// <summary>Where the bytes live, relative to the service's file store.</summary>
    public required string StoragePath { get; set; }
}
