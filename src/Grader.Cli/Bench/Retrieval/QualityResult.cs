using Grader.Pipeline.Indexing.Evaluation;

namespace Grader.Cli.Bench.Retrieval;

/// <summary>The scores of one configuration: over all (dossier, compétence) pairs, and per compétence code.</summary>
internal sealed record QualityResult(
    RetrievalConfiguration Configuration,
    RankingScore Overall,
    int Questions,
    IReadOnlyList<CompetenceScore> PerCompetence);

/// <summary>Mean scores of one compétence over the cases that label evidence for it.</summary>
internal sealed record CompetenceScore(string Code, int Cases, RankingScore Score);
