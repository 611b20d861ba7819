using System.Globalization;

namespace Grader.Api.DataRights;

/// <summary>The <c>LISEZMOI.txt</c> of an export archive: what each part holds, in plain French, for the candidate.</summary>
internal static class ExportReadme
{
    public const string FileName = "LISEZMOI.txt";

    public static string Text(string pseudonymousId, DateTimeOffset exportedAt) => Text(pseudonymousId,
        exportedAt.UtcDateTime.ToString("dd'/'MM'/'yyyy 'à' HH' h 'mm", CultureInfo.InvariantCulture));

    private static string Text(string pseudonymousId, string exportedAt) => $"""
        Export des données personnelles — droit d’accès
        ================================================

        Candidat (identifiant pseudonyme) : {pseudonymousId}
        Export produit le {exportedAt} (UTC).

        Cette archive contient toutes les données que le service de pré-évaluation conserve à votre sujet.

        candidat.json
          Votre identité telle qu’enregistrée (nom, adresse électronique, numéro de candidat), votre identifiant
          pseudonyme — le seul que voient le traitement automatique, les journaux et le modèle d’IA —, votre compte
          s’il existe, vos inscriptions aux sessions (avec la date de clôture de chaque session et la durée de
          conservation de vos données après celle-ci) et la liste de vos dossiers.

        dossiers/<identifiant>/dossier.json
          Pour chaque dossier déposé : la session, l’épreuve, l’état, la date de dépôt, la description des fichiers
          (nom, format, taille, empreinte SHA-256) et l’historique des traitements.

        dossiers/<identifiant>/fichiers/
          Les fichiers eux-mêmes, tels que vous les avez déposés. Un fichier décrit dans dossier.json sans chemin
          dans l’archive n’était plus présent dans le stockage au moment de l’export.

        dossiers/<identifiant>/pre-evaluations/<identifiant>.json
          Chaque pré-évaluation produite automatiquement, au format JSON du service : niveaux proposés par critère,
          justifications, passages cités, éléments manquants, questions pour l’oral, signalements et provenance
          (modèle, versions des consignes et du référentiel). Une pré-évaluation est une proposition : seul le jury
          décide.

        dossiers/<identifiant>/decisions.json
          Les décisions du jury, compétence par compétence : niveau retenu, commentaire, date, et la pré-évaluation
          au regard de laquelle la décision a été prise.

        dossiers/<identifiant>/grille-finale.json
          La grille finale arrêtée par le jury (décision sur le bloc, décision calculée par la règle du référentiel, motif
          du jury s’il en a retenu une autre) et ses éventuelles réouvertures, avec leur motif.

        dossiers/<identifiant>/retours.json
          Le retour qui vous est destiné : le brouillon en cours de rédaction et chaque version qui vous a été diffusée.

        journal.json
          Les entrées du journal d’audit qui vous concernent (dépôts, traitements, décisions, exports…). Les personnes
          y sont désignées par l’identifiant de leur compte. Le contenu d’une entrée peut avoir été expurgé
          (« payload » vide et date « redactedAt ») ; l’empreinte de chaque entrée garantit que le journal n’a pas été
          modifié.

        Les dates sont en temps universel coordonné (UTC), au format ISO 8601. Pour toute question sur vos données,
        ou pour en demander la rectification ou l’effacement, adressez-vous à l’organisme certificateur.
        """;
}
