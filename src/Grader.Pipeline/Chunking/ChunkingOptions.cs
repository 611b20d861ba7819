namespace Grader.Pipeline.Chunking;

/// <summary>Sizes of the chunks handed to retrieval (configuration section <c>Grader:Chunking</c>).</summary>
public sealed class ChunkingOptions
{
    public const string SectionName = "Grader:Chunking";

    /// <summary>Size a chunk grows to, in estimated tokens (see <see cref="TokenEstimator"/>).</summary>
    public int TargetTokens { get; set; } = 350;

    /// <summary>Tokens of the previous chunk repeated at the start of the next one, within a section.</summary>
    public int OverlapTokens { get; set; } = 50;

    /// <summary>A section smaller than this is merged with the next one instead of becoming a chunk of its own.</summary>
    public int MinSectionTokens { get; set; } = 60;
}
