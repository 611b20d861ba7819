namespace Grader.Pipeline.Evaluation.Offline;

/// <summary>The kinds of evidence a juror looks for in a professional dossier, beyond the rubric's words.</summary>
public enum EvidenceCueKind
{
    /// <summary>Amounts, percentages, counts: a claim that is measured.</summary>
    Figures,
    /// <summary>Dates, months, quarters, schedules: a plan that is placed in time.</summary>
    Calendar,
    /// <summary>A table (rows with « | » cells after ingestion).</summary>
    Table,
    /// <summary>Indicators and targets (KPI, taux, objectif, tableau de bord…).</summary>
    Indicators,
    /// <summary>Cited sources (INSEE, étude, enquête, « selon », « source : »).</summary>
    Sources,
}

public static class EvidenceCueKindText
{
    /// <summary>How the rationale names each cue, in French.</summary>
    public static string Describe(this EvidenceCueKind kind) => kind switch
    {
        EvidenceCueKind.Figures => "chiffres ou montants",
        EvidenceCueKind.Calendar => "dates ou calendrier",
        EvidenceCueKind.Table => "tableau",
        EvidenceCueKind.Indicators => "indicateurs ou objectifs",
        EvidenceCueKind.Sources => "sources citées",
        _ => kind.ToString(),
    };
}
