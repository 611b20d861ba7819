using System.Text.RegularExpressions;

namespace Grader.Pipeline.Privacy;

/// <summary>
/// The placeholder scheme: « [CANDIDAT] » and « [NUM_ETUDIANT] » for the candidate, numbered « [EMAIL_1] »,
/// « [TEL_1] », « [ADRESSE_1] », « [IBAN_1] » for the rest. Upper-case ASCII in brackets: a model copies it
/// unchanged and it never occurs in a French dossier.
/// </summary>
public static partial class Placeholders
{
    public const string Candidate = "[CANDIDAT]";
    public const string StudentNumber = "[NUM_ETUDIANT]";

    public static string Numbered(PersonalDataKind kind, int number) => kind switch
    {
        PersonalDataKind.CandidateName => Candidate,
        PersonalDataKind.StudentNumber => StudentNumber,
        PersonalDataKind.Email => $"[EMAIL_{number}]",
        PersonalDataKind.Phone => $"[TEL_{number}]",
        PersonalDataKind.PostalAddress => $"[ADRESSE_{number}]",
        _ => $"[IBAN_{number}]",
    };

    /// <summary>Any placeholder of the scheme, in any case (models sometimes lower-case them).</summary>
    [GeneratedRegex(@"\[(?:CANDIDAT|NUM_ETUDIANT|(?:EMAIL|TEL|ADRESSE|IBAN)_\d{1,4})\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Pattern();
}
