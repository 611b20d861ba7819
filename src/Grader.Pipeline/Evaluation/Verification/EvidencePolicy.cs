using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Evaluation.Verification;

/// <summary>
/// The issue's rules on evidence, applied to one compétence: every quote is verified and replaced by the
/// dossier's own text; a quote not found is dropped and leaves an <c>unverified-quote</c> flag; a level at or
/// above « acquis » with no verified quote left gets a <c>level-without-evidence</c> flag. Re-applying it is harmless.
/// </summary>
public sealed class EvidencePolicy(QuoteVerifier verifier, RatingScale scale)
{
    private const int QuoteShownInFlag = 160;

    public CriterionAssessment Apply(CriterionAssessment assessment)
    {
        var (evidence, unverified) = Verify(assessment.Evidence);
        var flags = unverified.Select(q => UnverifiedFlag(q, assessment.Code)).ToList();
        if (assessment.Level is { } level && level >= scale.AcquiredFrom && evidence.Count == 0)
        {
            var label = scale.Find(level)?.Label;
            flags.Add(new AssessmentFlag
            {
                Kind = AssessmentFlagKinds.LevelWithoutEvidence,
                Criterion = assessment.Code,
                Detail = $"Niveau proposé {level}{(label is null ? "" : $" («\u00A0{label}\u00A0»)")} sans aucune citation vérifiée du dossier\u00A0: "
                    + "à contrôler avec attention.",
            });
        }

        return (assessment with { Evidence = evidence }).WithFlags(flags);
    }

    /// <summary>Verifies a deliverable's evidence; returns it with only verified quotes, and the flags for those dropped.</summary>
    public (DeliverableAssessment Deliverable, IReadOnlyList<AssessmentFlag> Flags) Apply(DeliverableAssessment deliverable)
    {
        var (evidence, unverified) = Verify(deliverable.Evidence);
        var flags = unverified.Select(q => UnverifiedFlag(q, null) with { Detail = UnverifiedDetail(q) + $" (livrable «\u00A0{deliverable.Item.TrimEnd(',', '.', ' ')}\u00A0»)" }).ToList();
        return (deliverable with { Evidence = evidence }, flags);
    }

    private (List<EvidenceQuote> Verified, List<EvidenceQuote> Unverified) Verify(IEnumerable<EvidenceQuote> proposed)
    {
        var verified = new List<EvidenceQuote>();
        var unverified = new List<EvidenceQuote>();
        foreach (var quote in proposed)
        {
            var match = verifier.Find(quote.Quote, quote.ChunkId);
            if (match is null)
            {
                unverified.Add(quote);
                continue;
            }

            // The same passage proposed twice is shown once.
            if (verified.Any(v => v.File == match.File && v.Start == match.Start && v.End == match.End))
            {
                continue;
            }

            verified.Add(new EvidenceQuote
            {
                Quote = match.Text,
                Page = match.Page,
                File = match.File,
                ChunkId = match.ChunkId,
                Verified = true,
                Start = match.Start,
                End = match.End,
            });
        }

        return (verified, unverified);
    }

    private static AssessmentFlag UnverifiedFlag(EvidenceQuote quote, string? criterion) => new()
    {
        Kind = AssessmentFlagKinds.UnverifiedQuote,
        Criterion = criterion,
        Detail = UnverifiedDetail(quote),
    };

    private static string UnverifiedDetail(EvidenceQuote quote)
    {
        var text = string.Join(' ', quote.Quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > QuoteShownInFlag)
        {
            text = text[..QuoteShownInFlag] + "…";
        }

        return $"Citation proposée introuvable dans le dossier, retirée des éléments relevés\u00A0: «\u00A0{text}\u00A0»";
    }
}
