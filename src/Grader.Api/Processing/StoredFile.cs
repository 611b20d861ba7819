namespace Grader.Api.Processing;

/// <summary>A file as the store wrote it: its sanitised name, where it lives (relative to the store), its SHA-256 and size.</summary>
public sealed record StoredFile(string Name, string StoragePath, string Sha256, long SizeBytes);
