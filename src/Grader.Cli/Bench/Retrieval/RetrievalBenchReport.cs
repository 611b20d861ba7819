namespace Grader.Cli.Bench.Retrieval;

/// <summary>Everything <c>grader bench retrieval</c> measured, for the Markdown and JSON renderings.</summary>
internal sealed record RetrievalBenchReport(
    string Set,
    int Cases,
    int Questions,
    string Command,
    string Machine,
    IReadOnlyList<QualityResult> Quality,
    LatencyResult Latency,
    IReadOnlyList<string> Notes)
{
    public object ToJson() => new
    {
        Set,
        Cases,
        Questions,
        Command,
        Machine,
        Configurations = Quality.Select(q => new
        {
            q.Configuration.Key,
            q.Configuration.Label,
            q.Questions,
            RecallAt1 = q.Overall.RecallAt[1],
            RecallAt3 = q.Overall.RecallAt[3],
            RecallAt5 = q.Overall.RecallAt[5],
            Mrr = q.Overall.ReciprocalRank,
            PerCompetence = q.PerCompetence.Select(c => new
            {
                c.Code,
                c.Cases,
                RecallAt1 = c.Score.RecallAt[1],
                RecallAt3 = c.Score.RecallAt[3],
                RecallAt5 = c.Score.RecallAt[5],
                Mrr = c.Score.ReciprocalRank,
            }),
        }),
        Latency = new { Latency.Figures, Latency.Notes },
        Notes,
    };
}
