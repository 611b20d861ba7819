using Grader.Pipeline.Indexing;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Evaluation.Offline;

/// <summary>Reads the ranked passages of a compétence into a <see cref="CompetenceEvidence"/>.</summary>
public sealed class CompetenceEvidenceAnalyzer(OfflineThresholds thresholds)
{
    public CompetenceEvidence Analyze(Competence competence, IReadOnlyList<SearchHit> passages)
    {
        var criteria = competence.AllCriteria().Where(c => !string.IsNullOrWhiteSpace(c.Text)).ToList();
        var competenceTerms = TermSet.Union(criteria.Select(c => TermSet.Of(c.Text)).Append(TermSet.Of(competence.Text)));
        var findings = passages
            .Take(thresholds.TopPassages)
            .Select(hit => Find(hit, competenceTerms))
            .ToList();
        var seen = TermSet.Union(findings.Select(f => f.Terms));
        var missing = criteria.Where(c => TermSet.Of(c.Text).CoverageIn(seen) < thresholds.CriterionFoundCoverage).ToList();
        var supporting = findings.Where(f => f.Supports).ToList();
        return new CompetenceEvidence(
            findings,
            competenceTerms.CoverageIn(seen),
            supporting.SelectMany(f => f.Cues).ToHashSet(),
            supporting.Count,
            supporting.Select(f => f.Hit.SectionPath).Distinct(StringComparer.Ordinal).Count(),
            criteria.Except(missing).ToList(),
            missing);
    }

    private PassageFinding Find(SearchHit hit, TermSet competenceTerms)
    {
        var terms = TermSet.Of(hit.Text);
        var found = competenceTerms.FoundIn(terms);
        var coverage = competenceTerms.CoverageIn(terms);
        var supports = coverage >= thresholds.SupportingPassageCoverage || found >= thresholds.SupportingPassageTerms;
        return new PassageFinding(hit, terms, found, coverage, EvidenceCueDetector.Detect(hit.Text), supports);
    }
}
