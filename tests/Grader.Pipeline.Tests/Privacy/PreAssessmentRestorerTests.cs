using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Evaluation.Verification;
using Grader.Pipeline.Ingestion;
using Grader.Pipeline.Privacy;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Tests.Privacy;

public sealed class PreAssessmentRestorerTests
{
    private const string Page = "Sous la responsabilité de Camille Durand, l’équipe a rencontré 42 clients du réseau de Nantes en six semaines.";

    [Fact]
    public void Model_output_about_the_placeholder_is_restored_then_its_quote_verifies_against_the_real_dossier()
    {
        var pseudonymizer = new Pseudonymizer(new PrivacyScope(new CandidateIdentity("Camille Durand")));
        var sent = pseudonymizer.Pseudonymize(Page);
        Assert.DoesNotContain("Durand", sent, StringComparison.Ordinal);

        // What a model answers, written against the pseudonymised text it was sent.
        var answer = new CriterionAssessment
        {
            Code = "C.2.2.1.",
            CompetenceId = "c-2-2-1",
            Assessable = Assessable.Written,
            Level = 2,
            Rationale = "[CANDIDAT] a mené des entretiens clients.",
            Evidence = [EvidenceQuote.Proposed("Sous la responsabilité de [CANDIDAT], l’équipe a rencontré 42 clients")],
            Feedback = "[CANDIDAT], précisez la méthode d’entretien.",
            OralQuestions = ["Qu’a appris [CANDIDAT] de ces 42 entretiens ?"],
        };

        var restored = PreAssessmentRestorer.Restore(answer, pseudonymizer);
        var verified = new EvidencePolicy(Verifier(), new RatingScale([new ScaleLevel(2, "acquis", null)], 2)).Apply(restored);

        Assert.Equal("Camille Durand a mené des entretiens clients.", verified.Rationale);
        Assert.Equal("Camille Durand, précisez la méthode d’entretien.", verified.Feedback);
        Assert.Equal("Qu’a appris Camille Durand de ces 42 entretiens ?", verified.OralQuestions[0]);
        var quote = Assert.Single(verified.Evidence);
        Assert.True(quote.Verified);
        Assert.Equal("Sous la responsabilité de Camille Durand, l’équipe a rencontré 42 clients", quote.Quote);
        Assert.Empty(verified.Flags);
    }

    private static QuoteVerifier Verifier()
    {
        var pages = new[] { new DocumentPage { Number = 3, Blocks = [new DocumentBlock { Kind = BlockKind.Paragraph, Page = 3, Text = Page }] } };
        return new QuoteVerifier([new DossierFileText("dossier.docx", EvaluatedText.From(pages), [])]);
    }
}
