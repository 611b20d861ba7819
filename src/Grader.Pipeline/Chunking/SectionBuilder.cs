using Grader.Pipeline.Ingestion;

namespace Grader.Pipeline.Chunking;

/// <summary>
/// Groups the units of the evaluated text by heading, each section with the path of the headings above
/// it, then merges tiny sections (a heading followed by a line or two) with the next section.
/// </summary>
internal static class SectionBuilder
{
    public const string PathSeparator = " > ";

    public static List<ChunkSection> Build(EvaluatedText evaluated, ChunkingOptions options)
    {
        var sections = new List<ChunkSection>();
        var headings = new List<(int Level, string Text)>();
        var units = new List<ChunkUnit>();
        var path = string.Empty;
        foreach (var segment in evaluated.Segments)
        {
            if (segment.Block.Kind == BlockKind.Heading)
            {
                Close(sections, path, units);
                units = [];
                var level = Math.Max(segment.Block.Level, 1);
                headings.RemoveAll(h => h.Level >= level);
                headings.Add((level, segment.Block.Text.Trim()));
                path = string.Join(PathSeparator, headings.Select(h => h.Text));
            }

            units.AddRange(ChunkUnitBuilder.UnitsOf(segment, evaluated.Text, options.TargetTokens));
        }

        Close(sections, path, units);
        return MergeTiny(sections, options.MinSectionTokens);
    }

    private static void Close(List<ChunkSection> sections, string path, List<ChunkUnit> units)
    {
        if (units.Count > 0)
        {
            sections.Add(new ChunkSection(path, units));
        }
    }

    private static List<ChunkSection> MergeTiny(List<ChunkSection> sections, int minTokens)
    {
        var merged = new List<ChunkSection>();
        ChunkSection? pending = null;
        foreach (var section in sections)
        {
            var current = pending is null ? section : new ChunkSection(MergedPath(pending, section), [.. pending.Units, .. section.Units]);
            if (current.Tokens < minTokens)
            {
                pending = current;
                continue;
            }

            merged.Add(current);
            pending = null;
        }

        // A tiny last section has no next section to join: it stays a chunk of its own.
        if (pending is not null)
        {
            merged.Add(pending);
        }

        return merged;
    }

    /// <summary>"2. Marché" merged into "2. Marché > 2.1 Concurrence" takes the more precise path; otherwise the first.</summary>
    private static string MergedPath(ChunkSection first, ChunkSection next) =>
        next.Path.StartsWith(first.Path, StringComparison.Ordinal) ? next.Path : first.Path;
}
