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

    public static IReadOnlyList<Probe> Probes { get; } =
    [
        new("référentiels", Get, "/api/rubrics", null, Expect.SignedIn(200).With(200, Anonymous)),
        new("mon compte", Get, "/api/auth/me", null, Expect.SignedIn(200)),

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
        new("candidats : liste", Get, "/api/sessions/{session}/candidates", null, Expect.SignedIn(200).With(404, JurorElsewhere, CandidateOwner, CandidateOther)),

        new("journal d’audit", Get, "/api/audit", null, Expect.Only(200, Administrator)),
        new("journal d’audit : vérification", Get, "/api/audit/verify", null, Expect.Only(200, Administrator)),
    ];
}
