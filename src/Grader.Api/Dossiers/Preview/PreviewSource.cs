namespace Grader.Api.Dossiers.Preview;

/// <summary>A stored dossier file to preview: where its bytes are, and what the upload recorded of them.</summary>
/// <param name="Sha256">The content hash recorded at upload: the cache key, so that identical files are parsed once.</param>
internal sealed record PreviewSource(Guid FileId, string Name, string Format, string Sha256, string FullPath);
