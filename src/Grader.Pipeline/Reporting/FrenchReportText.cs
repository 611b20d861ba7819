using System.Globalization;
using System.Text.RegularExpressions;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Reporting;

/// <summary>The French wording shared by the juror reports (Markdown and DOCX), so both say the same thing.</summary>
internal static partial class FrenchReportText
{
    public const char Nbsp = '\u00A0';

    public const string OralOnly = "non évaluable à l’écrit — à apprécier en soutenance";

    public const string DraftBanner = "Brouillon — à valider par le jury";

    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Assessable(Assessable assessable) => assessable switch
    {
        Evaluation.Model.Assessable.Written => "à l’écrit",
        Evaluation.Model.Assessable.Oral => "à l’oral uniquement",
        _ => "à l’écrit et à l’oral",
    };

    /// <summary>« 3 — maîtrisé », the oral-only note, or the failure.</summary>
    public static string Level(CriterionAssessment criterion, RatingScale scale)
    {
        if (criterion.Status.IsFailed)
        {
            return "évaluation en échec" + (criterion.Status.Reason is { } reason ? $"{Nbsp}: {reason}" : "");
        }

        if (criterion.Level is not { } level)
        {
            return criterion.Assessable.IsOralOnly() ? OralOnly : "aucun niveau proposé";
        }

        var label = scale.Find(level)?.Label;
        return label is null ? level.ToString(French) : $"{level} — {label}";
    }

    public static string Confidence(double? confidence) =>
        confidence is { } value ? string.Create(French, $"{Math.Round(value * 100):0}{Nbsp}%") : "—";

    public static string Presence(DeliverablePresence presence) => presence switch
    {
        DeliverablePresence.Present => "présent",
        DeliverablePresence.Partial => "partiel",
        _ => "absent",
    };

    public static string FlagKind(string kind) => kind switch
    {
        AssessmentFlagKinds.HiddenText => "Texte masqué",
        AssessmentFlagKinds.PromptInjection => "Tentative d’injection d’instructions",
        AssessmentFlagKinds.MetadataText => "Texte dans les métadonnées",
        AssessmentFlagKinds.Ocr => "Page lue par OCR",
        AssessmentFlagKinds.OcrUnavailable => "Page non lue (OCR indisponible)",
        AssessmentFlagKinds.LowConfidence => "Confiance faible",
        AssessmentFlagKinds.Heuristic => "Niveau heuristique",
        AssessmentFlagKinds.UnverifiedQuote => "Citation non vérifiée retirée",
        AssessmentFlagKinds.Failed => "Évaluation en échec",
        AssessmentFlagKinds.LevelWithoutEvidence => "Niveau sans citation vérifiée",
        _ => kind,
    };

    /// <summary>« p.{nbsp}9 », with the file when the dossier has several.</summary>
    public static string Where(EvidenceQuote quote, bool withFile)
    {
        var page = quote.Page is { } p ? $"p.{Nbsp}{p}" : "page inconnue";
        return withFile && quote.File is not null ? $"{quote.File}, {page}" : page;
    }

    public static string Date(DateTimeOffset moment) =>
        moment.ToUniversalTime().ToString("d MMMM yyyy 'à' HH'h'mm 'UTC'", French);

    public static string Duration(TimeSpan duration) =>
        duration.TotalSeconds < 60
            ? string.Create(French, $"{duration.TotalSeconds:0.0}{Nbsp}s")
            : string.Create(French, $"{(int)duration.TotalMinutes}{Nbsp}min{Nbsp}{duration.Seconds:00}{Nbsp}s");

    /// <summary>The compétence's text cut at a word boundary: the report shows the code and its gist.</summary>
    public static string Short(string text, int maximum = 180)
    {
        var flat = Flatten(text);
        if (flat.Length <= maximum)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', maximum);
        return flat[..(cut > maximum / 2 ? cut : maximum)].TrimEnd(',', ';', ' ') + "…";
    }

    /// <summary>
    /// Whitespace runs (line breaks between blocks of a quote included) as single spaces; no-break spaces are
    /// kept, they hold French punctuation and « p.\u00A09 » together.
    /// </summary>
    public static string Flatten(string text) => BreakingWhitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"[\s-[\u00A0\u202F]]+")]
    private static partial Regex BreakingWhitespace();

    public static string Provider(PreAssessment assessment) => assessment.Provider switch
    {
        Providers.Offline => "hors ligne (sans modèle de langue)",
        Providers.AzureOpenAI => "Azure OpenAI",
        Providers.OpenAI => "OpenAI",
        Providers.OpenAICompatible => "serveur compatible OpenAI",
        var other => other,
    } + (assessment.Provenance.Model is { } model ? $" — modèle {model}" : "");
}
