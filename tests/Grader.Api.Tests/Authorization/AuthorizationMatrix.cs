using static Grader.Api.Tests.Authorization.Caller;

namespace Grader.Api.Tests.Authorization;

/// <summary>
/// Every endpoint of the service, with the status each kind of caller must get. 401: not signed in; 403: the role may
/// not call the endpoint at all; 404: the role may, but not on this session or dossier (existence is not revealed);
/// 400/409: allowed, and refused for the probe's deliberately invalid body.
/// </summary>
public static class AuthorizationMatrix
{
    private static readonly HttpMethod Get = HttpMethod.Get;
    private static readonly HttpMethod Post = HttpMethod.Post;
    private static readonly HttpMethod Put = HttpMethod.Put;

    /// <summary>Juror policy (jurors, administrators), then only a juror of the session.</summary>
    private static Dictionary<Caller, int> Jurors(int allowed) =>
        Expect.Only(allowed, JurorOfSession, JurorElsewhere, Administrator).With(404, JurorElsewhere, Administrator);

    /// <summary>Feedback editors: the session's jurors, the pedagogical team, administrators.</summary>
    private static Dictionary<Caller, int> Editors(int allowed) =>
        Expect.Only(allowed, JurorOfSession, JurorElsewhere, Pedagogy, Administrator).With(404, JurorElsewhere);

    public static IReadOnlyList<Probe> Probes { get; } =
    [
        new("référentiels", Get, "/api/rubrics", null, Expect.SignedIn(200).With(200, Anonymous)),
        new("mon compte", Get, "/api/auth/me", null, Expect.SignedIn(200)),
        new("jeton anti-falsification", Get, "/api/auth/antiforgery", null, Expect.SignedIn(200)),
        new("référentiel", Get, "/api/rubrics/{rubric}", null, Expect.SignedIn(200).With(200, Anonymous)),
        new("référentiel : compétence", Get, "/api/rubrics/{rubric}/competences/{code}", null, Expect.SignedIn(200).With(200, Anonymous)),
        new("référentiel : épreuve", Get, "/api/rubrics/{rubric}/epreuves/{epreuve}", null, Expect.SignedIn(200).With(200, Anonymous)),
        // Guidelines are hidden from candidates: jurors (any session), the pedagogical team and administrators read them; pedagogy publishes.
        new("référentiel : consignes de correction", Get, "/api/rubrics/{rubric}/guidelines", null, Expect.Only(200, Administrator, Pedagogy, JurorOfSession, JurorElsewhere)),
        new("référentiel : publication des consignes (compétence inconnue)", Put, "/api/rubrics/{rubric}/guidelines",
            """{"baseVersion":"1.0.0","competences":[{"competence":"C.9.9.9","guidelines":"Texte."}]}""", Expect.Only(400, Administrator, Pedagogy)),
        // Référentiel pages (signals editing): the pedagogical team and administrators publish a compétence's signals; the empty
        // signal is refused before anything is written, so the probe never publishes a version.
        new("référentiel : publication des signaux (signal vide)", Put, "/api/rubrics/{rubric}/competences/{code}/signals",
            """{"baseVersion":"0.0.0","signals":[""]}""", Expect.Only(400, Administrator, Pedagogy)),
        new("santé", Get, "/health", null, Expect.SignedIn(200).With(200, Anonymous)),
        new("connexion par l’établissement (non configurée)", Get, "/api/auth/oidc/login", null, Expect.SignedIn(404).With(404, Anonymous)),
        new("déconnexion", Post, "/api/auth/logout", null, Expect.SignedIn(204)),
        new("santé : vivant", Get, "/health/live", null, Expect.SignedIn(200).With(200, Anonymous)),
        new("santé : prêt", Get, "/health/ready", null, Expect.SignedIn(200).With(200, Anonymous)),
        new("description OpenAPI", Get, "/openapi/{document}.json", null, Expect.SignedIn(200).With(200, Anonymous)),
        new("connexion (mauvais mot de passe)", Post, "/api/auth/login", """{"email":"personne@example.test","password":"faux"}""", Expect.SignedIn(401)),
        new("jeton de rafraîchissement (invalide)", Post, "/api/auth/refresh", """{"refreshToken":"invalide"}""", Expect.SignedIn(401)),

        new("comptes : liste", Get, "/api/users", null, Expect.Only(200, Administrator)),
        new("comptes : création (rôles vides)", Post, "/api/users", """{"email":"x@example.test","displayName":"X","password":"MotDePasseSolide2026","roles":[]}""", Expect.Only(400, Administrator)),
        new("comptes : rôles (inconnu)", Put, "/api/users/{user}/roles", """{"roles":["superuser"]}""", Expect.Only(400, Administrator)),

        new("sessions : création (sans nom)", Post, "/api/sessions", """{"name":""}""", Expect.Only(400, Administrator)),
        new("sessions : liste", Get, "/api/sessions", null, Expect.SignedIn(200)),
        new("session", Get, "/api/sessions/{session}", null, Expect.SignedIn(200).With(404, JurorElsewhere, CandidateOther)),
        new("jurys : création (sans nom)", Post, "/api/sessions/{session}/juries", """{"name":""}""", Expect.Only(400, Administrator)),
        new("jurys : liste", Get, "/api/sessions/{session}/juries", null, Expect.Only(200, Administrator, JurorOfSession, JurorElsewhere).With(404, JurorElsewhere)),
        new("jurys : membre (déjà membre)", Post, "/api/sessions/{session}/juries/{jury}/members", """{"userId":"{user}"}""", Expect.Only(400, Administrator)),
        new("candidats : inscription (déjà inscrit)", Post, "/api/sessions/{session}/candidates", """{"candidateId":"{candidate}"}""", Expect.Only(400, Administrator)),
        new("candidats : recherche dans toutes les sessions", Get, "/api/candidates?q=martin", null, Expect.Only(200, Administrator)),
        new("candidats : liste", Get, "/api/sessions/{session}/candidates", null, Expect.SignedIn(200).With(404, JurorElsewhere, CandidateOwner, CandidateOther)),

        // Administration (sessions, juries, accounts, retention): administrators only.
        new("sessions : vue d’ensemble de l’administration", Get, "/api/sessions/overview", null, Expect.Only(200, Administrator)),
        new("session : réglages (sans nom)", Put, "/api/sessions/{session}", """{"name":""}""", Expect.Only(400, Administrator)),
        new("jurys : retrait d’un membre (compte absent du jury)", HttpMethod.Delete, "/api/sessions/{session}/juries/{jury}/members/{candidate}", null, Expect.Only(404, Administrator)),
        new("comptes : désactivation (sans valeur)", Put, "/api/users/{user}/status", "{}", Expect.Only(400, Administrator)),
        new("conservation : aperçu", Get, "/api/retention", null, Expect.Only(200, Administrator)),
        new("conservation : passage (sans confirmation)", Post, "/api/retention/run", "{}", Expect.Only(400, Administrator)),

        // Dossiers: the candidate uploads to a session they are enrolled in; jurors of the session and overseers read.
        new("dépôt (épreuve inconnue)", Post, "/api/sessions/{session}/dossiers", null,
            Expect.SignedIn(404).With(400, Administrator, CandidateOwner), new Dictionary<string, string> { ["candidateId"] = "{candidate}", ["epreuve"] = "E9" }),
        new("dossiers de la session", Get, "/api/sessions/{session}/dossiers", null, Expect.SignedIn(200).With(404, JurorElsewhere, CandidateOther)),
        new("dossier", Get, "/api/dossiers/{dossier}", null, Expect.SignedIn(200).With(404, JurorElsewhere, CandidateOther)),
        new("dossier : fichier déposé", Get, "/api/dossiers/{dossier}/files/{file}", null, Expect.SignedIn(200).With(404, JurorElsewhere, CandidateOther)),
        // Document preview (the juror's viewer of DOCX, PPTX, XLSX): the file's readers; the fixture's file is not a real PDF,
        // so the readers get the parser's refusal as a French 422, everyone else the 404 of the file itself.
        new("dossier : aperçu d’un fichier (fichier illisible)", Get, "/api/dossiers/{dossier}/files/{file}/preview", null, Expect.SignedIn(422).With(404, JurorElsewhere, CandidateOther)),

        new("limites de dépôt", Get, "/api/uploads/limits", null, Expect.SignedIn(200).With(200, Anonymous)),
        new("dossier : avancement", Get, "/api/dossiers/{dossier}/processing", null, Expect.SignedIn(200).With(404, JurorElsewhere, CandidateOther)),
        new("dossier : avancement en direct (SSE)", Get, "/api/dossiers/{dossier}/processing/events", null, Expect.SignedIn(200).With(404, JurorElsewhere, CandidateOther)),

        // Data rights: a candidate's export for an administrator or the candidate; erasure for an administrator.
        new("données du candidat : export", Get, "/api/candidates/{candidate}/export", null, Expect.Only(200, Administrator, CandidateOwner, CandidateOther).With(404, CandidateOther)),
        new("données du candidat : effacement (sans motif)", HttpMethod.Delete, "/api/candidates/{candidate}", null, Expect.Only(400, Administrator)),

        // Review: only a juror sitting on the session; an administrator reads but does not decide.
        new("revue : grille (lecture seule pour l’équipe pédagogique et l’administration)", Get, "/api/dossiers/{dossier}/review", null, Editors(200)),
        new("revue : décision (niveau hors échelle)", Put, "/api/dossiers/{dossier}/decisions/{code}", """{"level":99,"comment":""}""", Jurors(400)),
        new("revue : finalisation (compétences non décidées)", Post, "/api/dossiers/{dossier}/finalise", """{}""", Jurors(409)),
        new("revue : réouverture (sans motif)", Post, "/api/dossiers/{dossier}/reopen", """{"reason":""}""", Jurors(400)),
        new("règle du bloc (part invalide)", Put, "/api/sessions/{session}/bloc-rule", """{"acquiredShareRequired":2}""", Expect.Only(400, Administrator, Pedagogy)),

        // Feedback: edited by the session's jurors and the pedagogical team, read by its candidate once released.
        new("retour : brouillon", Get, "/api/dossiers/{dossier}/feedback/draft", null, Editors(200)),
        new("retour : modification (version périmée)", Put, "/api/dossiers/{dossier}/feedback/draft", """{"text":"Nouveau texte","version":999}""", Editors(409)),
        new("retour : publication (version périmée)", Post, "/api/dossiers/{dossier}/feedback/release", """{"draftVersion":999}""", Editors(409)),
        new("retour publié", Get, "/api/dossiers/{dossier}/feedback", null, Expect.SignedIn(200).With(404, JurorElsewhere, CandidateOther)),
        new("retour publié (DOCX)", Get, "/api/dossiers/{dossier}/feedback.docx", null, Expect.SignedIn(200).With(404, JurorElsewhere, CandidateOther)),

        // Exports.
        new("grille finale (DOCX, non finalisée)", Get, "/api/dossiers/{dossier}/grid.docx", null, Expect.Only(409, Administrator, JurorOfSession, JurorElsewhere).With(404, JurorElsewhere)),
        new("résultats de la session (CSV)", Get, "/api/sessions/{session}/results.csv", null, Editors(200)),

        // Calibration in the service: the pedagogical team (and administrators) read a session's agreement.
        new("accord IA / jury de la session", Get, "/api/sessions/{session}/agreement", null, Expect.Only(200, Administrator, Pedagogy)),
        new("accord IA / jury de la session (CSV)", Get, "/api/sessions/{session}/agreement.csv", null, Expect.Only(200, Administrator, Pedagogy)),

        // Provider settings (administration): the key is write-only. Nothing is stored for {provider}, so its test answers
        // « réglages incomplets » without any network call.
        new("fournisseurs de modèle : réglages", Get, "/api/admin/providers", null, Expect.Only(200, Administrator)),
        new("fournisseurs de modèle : enregistrement (adresse invalide)", Put, "/api/admin/providers/{provider}",
            """{"endpoint":"ftp://serveur.example/v1","model":""}""", Expect.Only(400, Administrator)),
        new("fournisseurs de modèle : test de connexion", Post, "/api/admin/providers/{provider}/test", null, Expect.Only(200, Administrator)),

        new("journal d’audit", Get, "/api/audit", null, Expect.Only(200, Administrator)),
        new("journal d’audit : vérification", Get, "/api/audit/verify", null, Expect.Only(200, Administrator)),
    ];
}
