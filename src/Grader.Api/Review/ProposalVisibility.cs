using Grader.Persistence.Entities;

namespace Grader.Api.Review;

/// <summary>
/// Blind-first review, a guard against automation bias: in a session that asks for it, the AI proposal of a compétence
/// stays hidden until a juror has recorded a level for it. Once shown it stays shown, even if the level is later cleared.
/// </summary>
public static class ProposalVisibility
{
    public static bool IsVisible(bool blindFirstReview, JurorDecision? decision) =>
        !blindFirstReview || decision is { Level: not null } || decision?.ProposalShownAt is not null;

    public const string HiddenNotice = "Proposition de l’IA masquée jusqu’à ce que vous enregistriez votre niveau (relecture à l’aveugle).";
}
