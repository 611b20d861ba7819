using System.Globalization;

namespace Grader.Api.DataRights;

/// <summary>
/// The answer to a retention pass an administrator ran: how many candidates were erased or failed, what was removed
/// in total, and a French sentence saying it. Numbers only, like the <c>candidate.erased</c> entries.
/// </summary>
public sealed record RetentionRunSummary(
    int CandidatesErased, int CandidatesFailed, int Dossiers, int StoredFilesDeleted, int PreAssessments, int Decisions,
    int FeedbackReleases, int Enrolments, int AccountsDeleted, string Summary)
{
    public static RetentionRunSummary Of(RetentionPassResult result)
    {
        var counts = result.Counts ?? [];
        var erased = result.Erased.Count;
        var failed = result.Failed.Count;
        var dossiers = counts.Sum(c => c.Dossiers);
        var files = counts.Sum(c => c.StoredFilesDeleted);
        var accounts = counts.Count(c => c.AccountDeleted);
        string text;
        if (erased == 0 && failed == 0)
        {
            text = "Aucun candidat n’avait dépassé la durée de conservation de ses sessions : rien n’a été effacé.";
        }
        else
        {
            text = erased == 0
                ? "Aucun candidat n’a pu être effacé."
                : $"{Count(erased, "candidat effacé", "candidats effacés")} : {Count(dossiers, "dossier", "dossiers")}, "
                  + $"{Count(files, "fichier supprimé", "fichiers supprimés")} du disque, {Count(accounts, "compte supprimé", "comptes supprimés")}.";
            if (failed > 0)
            {
                text += $" {Count(failed, "effacement a échoué", "effacements ont échoué")} : le prochain passage les reprendra (détails dans le journal du service).";
            }

            text += " Chaque effacement est consigné au journal d’audit, sans donnée personnelle.";
        }

        return new RetentionRunSummary(erased, failed, dossiers, files, counts.Sum(c => c.PreAssessments), counts.Sum(c => c.Decisions),
            counts.Sum(c => c.FeedbackReleases), counts.Sum(c => c.Enrolments), accounts, text);
    }

    // French plural rule: 0 and 1 take the singular.
    private static string Count(int n, string singular, string plural) =>
        $"{n.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"))} {(n <= 1 ? singular : plural)}";
}
