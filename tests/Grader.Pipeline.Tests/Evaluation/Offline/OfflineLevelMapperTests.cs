using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Offline;
using Grader.Pipeline.Indexing;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Tests.Evaluation.Llm;

namespace Grader.Pipeline.Tests.Evaluation.Offline;

public sealed class OfflineLevelMapperTests
{
    private static readonly OfflineLevelMapper Mapper = new(OfflineThresholds.Default);
    private static readonly RatingScale Scale = LlmTestData.Scale;

    private static CompetenceEvidence Evidence(double coverage, int cueKinds, int supporting, int sections, int missing = 0)
    {
        var cues = Enum.GetValues<EvidenceCueKind>().Take(cueKinds).ToHashSet();
        var passages = Enumerable.Range(0, Math.Max(supporting, 1))
            .Select(i => new PassageFinding(new SearchHit($"c{i}", 1, "texte", 1, 1, $"section {i % Math.Max(sections, 1)}", i), TermSet.Of("texte"), 3, coverage, cues, i < supporting))
            .ToList();
        var criteria = Enumerable.Range(0, missing).Select(i => new Criterion($"k{i}", "critère", [], LlmTestData.Here)).ToList();
        return new CompetenceEvidence(passages, coverage, supporting > 0 ? cues : new HashSet<EvidenceCueKind>(), supporting, sections, [], criteria);
    }

    [Fact]
    public void Nothing_found_is_the_lowest_level() => Assert.Equal(0, Mapper.Map(Evidence(0.1, 0, 0, 0), Scale));

    [Fact]
    public void Words_without_concrete_cues_stay_below_acquired() => Assert.Equal(1, Mapper.Map(Evidence(0.6, 1, 4, 3), Scale));

    [Fact]
    public void Covered_and_concrete_is_acquired() => Assert.Equal(2, Mapper.Map(Evidence(0.35, 3, 3, 2), Scale));

    [Fact]
    public void Strong_support_from_a_single_passage_never_reaches_the_top() => Assert.Equal(1, Mapper.Map(Evidence(0.9, 5, 1, 1), Scale));

    [Fact]
    public void Top_level_needs_coverage_cues_passages_sections_and_no_gap()
    {
        Assert.Equal(3, Mapper.Map(Evidence(0.6, 5, 5, 4), Scale));
        Assert.Equal(2, Mapper.Map(Evidence(0.6, 5, 5, 4, missing: 1), Scale));
        Assert.Equal(2, Mapper.Map(Evidence(0.6, 5, 5, 2), Scale));
    }

    [Fact]
    public void Confidence_stays_low() => Assert.True(Mapper.Confidence(Evidence(1.0, 5, 5, 5)) <= 0.5);
}
