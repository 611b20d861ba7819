using System.Globalization;
using System.Text;

namespace Grader.Api.DataRights;

/// <summary>The answer to an erasure request: the counts, and a French sentence an administrator can read or forward.</summary>
/// <param name="Resumed">True when this request only finished an erasure an earlier, interrupted one had started.</param>
public sealed record ErasureSummary(Guid CandidateId, bool Resumed, ErasureCounts Counts, string Summary)
{
    public static ErasureSummary Of(Guid candidateId, bool resumed, ErasureCounts counts) =>
        new(candidateId, resumed, counts, Describe(resumed, counts));

    private static string Describe(bool resumed, ErasureCounts c)
    {
        var text = new StringBuilder(resumed
            ? "L’effacement interrompu de ce candidat a été achevé"
            : "Les données de ce candidat ont été effacées");
        var parts = new List<string>
        {
            Count(c.Dossiers, "dossier", "dossiers"),
            Count(c.FileRows, "fichier référencé", "fichiers référencés") + $" (dont {Count(c.StoredFilesDeleted, "fichier supprimé", "fichiers supprimés")} du disque)",
            Count(c.PreAssessments, "pré-évaluation", "pré-évaluations"),
            Count(c.Decisions, "décision du jury", "décisions du jury"),
            Count(c.FinalGrids, "grille finale", "grilles finales") + $" et {Count(c.FinalGridReopenings, "réouverture", "réouvertures")}",
            Count(c.FeedbackDrafts, "brouillon de retour", "brouillons de retour") + $" et {Count(c.FeedbackReleases, "retour diffusé", "retours diffusés")}",
            Count(c.ProcessingJobs, "traitement", "traitements"),
            Count(c.Enrolments, "inscription", "inscriptions"),
        };
        text.Append(" : ").Append(string.Join(", ", parts)).Append('.');
        text.Append(c.IndexConfigured
            ? $" Index des passages : {Count(c.IndexedDossiersCleared, "dossier vidé", "dossiers vidés")}."
            : " Aucun index des passages n’est configuré sur ce service : rien à y effacer.");
        text.Append(c.AccountDeleted ? " Le compte du candidat a été supprimé." : " Aucun compte lié n’était à supprimer.");
        text.Append($" Journal d’audit : {Count(c.AuditEntriesRedacted, "entrée expurgée", "entrées expurgées")} de son contenu personnel ; ");
        text.Append("la chaîne d’empreintes reste vérifiable et l’effacement y est consigné, sans donnée personnelle.");
        return text.ToString();
    }

    // French plural rule: 0 and 1 take the singular.
    private static string Count(int n, string singular, string plural) =>
        $"{n.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"))} {(n <= 1 ? singular : plural)}";
}
