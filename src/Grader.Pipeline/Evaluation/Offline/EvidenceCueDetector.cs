using System.Text.RegularExpressions;

namespace Grader.Pipeline.Evaluation.Offline;

/// <summary>
/// Finds the evidence cues of <see cref="EvidenceCueKind"/> in a passage with plain patterns: cheap,
/// deterministic, and explainable to a juror (« tableau avec montants »), which a learned score is not.
/// </summary>
public static partial class EvidenceCueDetector
{
    public static IReadOnlySet<EvidenceCueKind> Detect(string text)
    {
        var found = new HashSet<EvidenceCueKind>();
        if (Figures().IsMatch(text))
        {
            found.Add(EvidenceCueKind.Figures);
        }

        if (Calendar().IsMatch(text))
        {
            found.Add(EvidenceCueKind.Calendar);
        }

        if (text.Split('\n').Count(line => line.Contains(" | ", StringComparison.Ordinal)) >= 2)
        {
            found.Add(EvidenceCueKind.Table);
        }

        if (Indicators().IsMatch(text))
        {
            found.Add(EvidenceCueKind.Indicators);
        }

        if (Sources().IsMatch(text))
        {
            found.Add(EvidenceCueKind.Sources);
        }

        return found;
    }

    // An amount with a unit or currency, a percentage, or a number of at least three digits (« 1 200 clients »).
    [GeneratedRegex(@"\d[\d\s\u00A0\u202F.,]*\s?(?:%|€|k€|M€|euros?|EUR|\$|£)|\b\d{1,3}(?:[\s\u00A0\u202F]\d{3})+\b|\b\d{3,}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Figures();

    [GeneratedRegex(@"\b(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|trimestre|semestre|T[1-4]\b|S[12]\b|semaine|calendrier|planning|échéancier|echeancier|rétroplanning|jalon)|\b(?:19|20)\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Calendar();

    [GeneratedRegex(@"\b(?:KPI|indicateurs?|taux|objectifs?\s+chiffr|tableau\s+de\s+bord|ratio|chiffre\s+d.affaires|CA\b|marge|panier\s+moyen|conversion|ROI|retour\s+sur\s+investissement|coût\s+d.acquisition|NPS|cible\s+de)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Indicators();

    [GeneratedRegex(@"\b(?:source\s*:|sources\s*:|selon\s|d.après\s|INSEE|Eurostat|Xerfi|Statista|étude|enquête|baromètre|rapport\s+de|panel|entretiens?\s+avec|questionnaire)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Sources();
}
