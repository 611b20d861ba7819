using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Evaluation.Verification;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Tests.Evaluation.Verification;

public sealed class EvidencePolicyTests
{
    private static readonly RatingScale Scale = new(
        [new ScaleLevel(0, "non démontré", null), new ScaleLevel(1, "insuffisant", null), new ScaleLevel(2, "acquis", null), new ScaleLevel(3, "maîtrisé", null)],
        AcquiredFrom: 2);

    private static EvidencePolicy Policy() => new(EvalSetDossiers.Verifier("e2-fort"), Scale);

    private static CriterionAssessment Criterion(int? level, params string[] quotes) => new()
    {
        Code = "C.2.1.1.",
        CompetenceId = "c-2-1-1",
        Assessable = Assessable.Written,
        Level = level,
        Confidence = 0.7,
        Rationale = "Plan chiffré.",
        Evidence = quotes.Select(q => EvidenceQuote.Proposed(q)).ToList(),
    };

    [Fact]
    public void Verified_quotes_take_the_dossiers_wording_and_page_and_invented_ones_are_dropped_with_a_flag()
    {
        var result = Policy().Apply(Criterion(
            3,
            "chaque action du plan est rattachee a l'un de ces choix et a un objectif chiffre attribue a une personne",
            "Notre budget marketing a triplé en un an grâce aux subventions européennes obtenues."));

        var quote = Assert.Single(result.Evidence);
        Assert.True(quote.Verified);
        Assert.Equal("Chaque action du plan est rattachée à l’un de ces choix et à un objectif chiffré attribué à une personne", quote.Quote);
        Assert.Equal(2, quote.Page);
        Assert.Equal("dossier.pdf", quote.File);
        Assert.NotNull(quote.ChunkId);
        var flag = Assert.Single(result.Flags);
        Assert.Equal(AssessmentFlagKinds.UnverifiedQuote, flag.Kind);
        Assert.Equal("C.2.1.1.", flag.Criterion);
        Assert.Contains("Notre budget marketing a triplé", flag.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Acquired_level_without_any_verified_quote_is_flagged_for_the_juror()
    {
        var result = Policy().Apply(Criterion(2, "Une phrase que le dossier ne contient nulle part, inventée par le modèle."));

        Assert.Empty(result.Evidence);
        Assert.Equal([AssessmentFlagKinds.UnverifiedQuote, AssessmentFlagKinds.LevelWithoutEvidence], result.Flags.Select(f => f.Kind));
        Assert.Contains("Niveau proposé 2 («\u00A0acquis\u00A0»)", result.Flags[1].Detail, StringComparison.Ordinal);
        Assert.Equal(2, result.Level); // the juror decides; the policy only warns
    }

    [Theory]
    [InlineData(1)]
    [InlineData(null)]
    public void Level_below_acquired_or_none_needs_no_evidence(int? level)
    {
        var result = Policy().Apply(Criterion(level));

        Assert.Empty(result.Flags);
    }

    [Fact]
    public void Same_passage_proposed_twice_is_shown_once_and_reapplying_changes_nothing()
    {
        const string quote = "Les commerciaux disposent d’une fiche d’objectifs trimestriels qui traduit ce plan à leur échelle";
        var once = Policy().Apply(Criterion(3, quote, quote.ToUpperInvariant(), "Citation inventée de toutes pièces pour ce test précis."));

        var twice = Policy().Apply(once);

        Assert.Single(once.Evidence);
        Assert.Equal(once.Evidence, twice.Evidence);
        Assert.Equal(once.Flags, twice.Flags);
    }

    [Fact]
    public void Deliverable_keeps_only_verified_evidence()
    {
        var deliverable = new DeliverableAssessment
        {
            Item = "le plan d’allocation des ressources et de budgétisation,",
            ItemId = "e2.d7",
            Present = DeliverablePresence.Present,
            Evidence = [EvidenceQuote.Proposed("Les montants ont été arbitrés avec la Direction financière"), EvidenceQuote.Proposed("Un budget de dix millions d’euros est prévu pour 2026.")],
        };

        var (result, flags) = Policy().Apply(deliverable);

        Assert.Equal(9, Assert.Single(result.Evidence).Page);
        var flag = Assert.Single(flags);
        Assert.Null(flag.Criterion);
        Assert.Contains("livrable «\u00A0le plan d’allocation des ressources et de budgétisation\u00A0»", flag.Detail, StringComparison.Ordinal);
    }
}
