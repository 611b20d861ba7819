namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>The tokens one compétence's calls would send (input, counted) and at most receive (output, the prompts' limits).</summary>
public sealed record CompetenceBudget(string Code, int InputTokens, int MaxOutputTokens, int Calls);

/// <summary>What <c>--dry-run</c> prints: the budget per compétence, for the deliverables, and in total. No call is made.</summary>
public sealed record DryRunBudget(string Epreuve, string Provider, string? Model, int Samples, IReadOnlyList<CompetenceBudget> Competences, CompetenceBudget Deliverables)
{
    public int TotalInputTokens => Competences.Sum(c => c.InputTokens) + Deliverables.InputTokens;

    public int TotalMaxOutputTokens => Competences.Sum(c => c.MaxOutputTokens) + Deliverables.MaxOutputTokens;

    public int TotalCalls => Competences.Sum(c => c.Calls) + Deliverables.Calls;
}
