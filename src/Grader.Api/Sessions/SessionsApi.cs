using System.Security.Claims;
using Grader.Api.Access;
using Grader.Api.Audit;
using Grader.Api.Common;
using Grader.Api.Identity;
using Grader.Persistence;
using Grader.Persistence.Entities;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Sessions;

/// <summary>
/// <c>/api/sessions</c>: administrators set up sessions, their juries and enrolled candidates; everyone signed in
/// lists the sessions they take part in.
/// </summary>
internal static class SessionsApi
{
    public static void AddSessions(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SessionFactory>();
        builder.Services.AddScoped<SessionSettingsEditor>();
        builder.Services.AddScoped<CandidateAccounts>();
    }

    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sessions").WithTags("Sessions");

        api.MapPost("/", CreateAsync).RequireAuthorization(GraderPolicies.Administrator)
            .WithName("CreateSession").WithSummary("Crée une session : référentiel, épreuves, fournisseur, politiques");
        api.MapGet("/", ListAsync).RequireAuthorization(GraderPolicies.SignedIn)
            .WithName("ListSessions").WithSummary("Les sessions auxquelles le compte a accès (paginé)");
        api.MapGet("/{sessionId:guid}", GetAsync).RequireAuthorization(GraderPolicies.SignedIn)
            .WithName("GetSession").WithSummary("Une session");
        api.MapPost("/{sessionId:guid}/juries", CreateJuryAsync).RequireAuthorization(GraderPolicies.Administrator)
            .WithName("CreateJury").WithSummary("Ajoute un jury et ses membres à la session");
        api.MapGet("/{sessionId:guid}/juries", ListJuriesAsync).RequireAuthorization(GraderPolicies.Juror)
            .WithName("ListJuries").WithSummary("Les jurys de la session");
        api.MapPost("/{sessionId:guid}/juries/{juryId:guid}/members", AddMemberAsync).RequireAuthorization(GraderPolicies.Administrator)
            .WithName("AddJuryMember").WithSummary("Ajoute un membre à un jury");
        api.MapPost("/{sessionId:guid}/candidates", EnrolAsync).RequireAuthorization(GraderPolicies.Administrator)
            .WithName("EnrolCandidate").WithSummary("Inscrit un candidat (nouveau ou existant) à la session");
        api.MapGet("/{sessionId:guid}/candidates", ListCandidatesAsync).RequireAuthorization(GraderPolicies.SignedIn)
            .WithName("ListCandidates").WithSummary("Les candidats inscrits (identité visible des seuls administrateurs)");
        api.MapSessionAdministration();
        return app;
    }

    private static async Task<Created<SessionDto>> CreateAsync(
        CreateSessionRequest request, ClaimsPrincipal caller, SessionFactory factory, GraderDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var session = factory.Create(request);
        db.Sessions.Add(session);
        await db.SaveChangesAsync(ct);
        var dto = SessionDto.From(session);
        await audit.AppendAsync(new AuditRecord(caller.UserId(), "session.created", "session", session.Id.ToString(), session.Id, After: dto), ct);
        return TypedResults.Created($"/api/sessions/{session.Id}", dto);
    }

    private static async Task<Ok<Page<SessionDto>>> ListAsync(
        int? page, int? pageSize, ClaimsPrincipal caller, IResourceAccess access, GraderDbContext db, CancellationToken ct)
    {
        var query = db.Sessions.AsNoTracking();
        if (!caller.OverseesAllSessions())
        {
            var userId = caller.UserId();
            var candidateId = await access.CandidateIdOfAsync(caller, ct);
            var juror = caller.IsInRole(GraderRoles.Juror);
            query = query.Where(s =>
                (juror && db.JuryMembers.Any(m => m.UserId == userId && m.Jury!.SessionId == s.Id))
                || (candidateId != null && db.Enrolments.Any(e => e.SessionId == s.Id && e.CandidateId == candidateId)));
        }

        var sessions = await new PageQuery(page, pageSize).ApplyAsync(query.OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Id), ct);
        return TypedResults.Ok(new Page<SessionDto>(sessions.Items.Select(SessionDto.From).ToList(), sessions.PageNumber, sessions.PageSize, sessions.Total));
    }

    private static async Task<Ok<SessionDto>> GetAsync(Guid sessionId, ClaimsPrincipal caller, IResourceAccess access, GraderDbContext db, CancellationToken ct)
    {
        await access.EnsureCanReadSessionAsync(caller, sessionId, ct);
        return TypedResults.Ok(SessionDto.From(await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId, ct)));
    }

    private static async Task<Created<JuryDto>> CreateJuryAsync(
        Guid sessionId, CreateJuryRequest request, ClaimsPrincipal caller, GraderDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        await RequireSessionAsync(db, sessionId, ct);
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            throw new SessionException("bad-jury", "Le nom du jury est obligatoire.");
        }

        var jury = new Jury { SessionId = sessionId, Name = request.Name.Trim() };
        foreach (var member in request.Members ?? [])
        {
            jury.Members.Add(await NewMemberAsync(db, member, ct));
        }

        db.Juries.Add(jury);
        await db.SaveChangesAsync(ct);
        var dto = ToDto(jury);
        await audit.AppendAsync(new AuditRecord(caller.UserId(), "jury.created", "jury", jury.Id.ToString(), sessionId, After: dto), ct);
        return TypedResults.Created($"/api/sessions/{sessionId}/juries/{jury.Id}", dto);
    }

    private static async Task<Ok<List<JuryDto>>> ListJuriesAsync(
        Guid sessionId, ClaimsPrincipal caller, IResourceAccess access, GraderDbContext db, CancellationToken ct)
    {
        await access.EnsureCanReadSessionAsync(caller, sessionId, ct);
        var juries = await db.Juries.AsNoTracking().Include(j => j.Members).Where(j => j.SessionId == sessionId).OrderBy(j => j.Name).ToListAsync(ct);
        return TypedResults.Ok(juries.Select(ToDto).ToList());
    }

    private static async Task<Ok<JuryDto>> AddMemberAsync(
        Guid sessionId, Guid juryId, JuryMemberRequest request, ClaimsPrincipal caller, GraderDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var jury = await db.Juries.Include(j => j.Members).SingleOrDefaultAsync(j => j.Id == juryId && j.SessionId == sessionId, ct)
            ?? throw new SessionException("jury-not-found", "Ce jury est introuvable dans cette session.");
        if (jury.Members.Any(m => m.UserId == request.UserId))
        {
            throw new SessionException("bad-jury", "Ce compte siège déjà dans ce jury.");
        }

        // Added through its set: found only through the tracked jury's collection, a member whose id is already set
        // would be taken for an existing row to update, and the save would fail.
        var member = await NewMemberAsync(db, request, ct);
        jury.Members.Add(member);
        db.JuryMembers.Add(member);
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(caller.UserId(), "jury.member-added", "jury", jury.Id.ToString(), sessionId, After: request), ct);
        return TypedResults.Ok(ToDto(jury));
    }

    private static async Task<Created<CandidateDto>> EnrolAsync(
        Guid sessionId, EnrolCandidateRequest request, ClaimsPrincipal caller, GraderDbContext db, CandidateAccounts accounts, IAuditTrail audit,
        CancellationToken ct)
    {
        await RequireSessionAsync(db, sessionId, ct);
        var account = request.Account is null ? null : await accounts.CreateAsync(request);
        Candidate candidate;
        try
        {
            candidate = request.CandidateId is { } existing
                ? await db.Candidates.SingleOrDefaultAsync(c => c.Id == existing, ct) ?? throw new SessionException("candidate-not-found", "Ce candidat est introuvable.")
                : await NewCandidateAsync(db, account is null ? request : request with { UserId = account.Id }, ct);

            if (await db.Enrolments.AnyAsync(e => e.SessionId == sessionId && e.CandidateId == candidate.Id, ct))
            {
                throw new SessionException("bad-enrolment", "Ce candidat est déjà inscrit à cette session.");
            }

            db.Enrolments.Add(new Enrolment { SessionId = sessionId, CandidateId = candidate.Id });
            await db.SaveChangesAsync(ct);
        }
        catch when (account is not null)
        {
            // No account without its candidate record: the administrator can simply try again.
            await accounts.UndoAsync(account);
            throw;
        }

        if (account is not null)
        {
            await audit.AppendAsync(new AuditRecord(caller.UserId(), "user.created", "user", account.Id, After: new { roles = new[] { GraderRoles.Candidate } }), ct);
        }

        // The audit trail names the candidate by id only: identity fields are personal data and stay erasable.
        await audit.AppendAsync(new AuditRecord(caller.UserId(), "candidate.enrolled", "candidate", candidate.Id.ToString(), sessionId, candidate.Id), ct);
        return TypedResults.Created($"/api/sessions/{sessionId}/candidates/{candidate.Id}", ToDto(candidate, identities: true));
    }

    private static async Task<Ok<Page<CandidateDto>>> ListCandidatesAsync(
        Guid sessionId, int? page, int? pageSize, ClaimsPrincipal caller, IResourceAccess access, GraderDbContext db, CancellationToken ct)
    {
        await access.EnsureCanReadSessionAsync(caller, sessionId, ct);
        if (caller.IsInRole(GraderRoles.Candidate) && !caller.OverseesAllSessions() && !caller.IsInRole(GraderRoles.Juror))
        {
            // A candidate enrolled in the session may read it, not the list of the others.
            throw new AccessDeniedException("La liste des candidats");
        }

        var query = db.Enrolments.AsNoTracking().Where(e => e.SessionId == sessionId).Select(e => e.Candidate!).OrderBy(c => c.PseudonymousId);
        var candidates = await new PageQuery(page, pageSize).ApplyAsync(query, ct);
        var identities = caller.IsAdministrator();
        return TypedResults.Ok(new Page<CandidateDto>(candidates.Items.Select(c => ToDto(c, identities)).ToList(), candidates.PageNumber, candidates.PageSize, candidates.Total));
    }

    private static async Task<Candidate> NewCandidateAsync(GraderDbContext db, EnrolCandidateRequest request, CancellationToken ct)
    {
        if (request.UserId is { } userId)
        {
            if (!await db.Users.AnyAsync(u => u.Id == userId, ct))
            {
                throw new SessionException("user-not-found", "Le compte à lier au candidat est introuvable.");
            }

            if (await db.Candidates.AnyAsync(c => c.UserId == userId, ct))
            {
                throw new SessionException("bad-enrolment", "Ce compte est déjà lié à un candidat ; inscrivez ce candidat par son identifiant.");
            }
        }

        var candidate = new Candidate
        {
            // Random, so that it says nothing about the person; what the pipeline, the logs and the AI see.
            PseudonymousId = $"cand-{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6))}",
            FullName = request.FullName?.Trim(),
            Email = request.Email?.Trim(),
            ExternalId = request.ExternalId?.Trim(),
            UserId = request.UserId,
        };
        db.Candidates.Add(candidate);
        return candidate;
    }

    private static async Task<JuryMember> NewMemberAsync(GraderDbContext db, JuryMemberRequest request, CancellationToken ct)
    {
        var isJuror = await db.UserRoles.AnyAsync(
            ur => ur.UserId == request.UserId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == GraderRoles.Juror), ct);
        if (!isJuror)
        {
            throw new SessionException("bad-jury", "Seul un compte ayant le rôle « juror » peut siéger dans un jury.");
        }

        return new JuryMember { UserId = request.UserId, Role = request.Role ?? JuryRole.Member };
    }

    internal static async Task RequireSessionAsync(GraderDbContext db, Guid sessionId, CancellationToken ct)
    {
        if (!await db.Sessions.AnyAsync(s => s.Id == sessionId, ct))
        {
            throw new SessionException("session-not-found", "Cette session est introuvable.");
        }
    }

    internal static JuryDto ToDto(Jury jury) =>
        new(jury.Id, jury.Name, jury.Members.Select(m => new JuryMemberDto(m.UserId, m.Role)).ToList());

    private static CandidateDto ToDto(Candidate c, bool identities) =>
        new(c.Id, c.PseudonymousId, identities ? c.FullName : null, identities ? c.Email : null, identities ? c.ExternalId : null, c.UserId is not null);
}
