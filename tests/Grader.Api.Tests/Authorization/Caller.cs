namespace Grader.Api.Tests.Authorization;

/// <summary>
/// Who calls, relative to the resources probed (all of them belong to the "own" session and its candidate):
/// a juror of that session or of another one, the candidate who owns the dossier or another candidate.
/// </summary>
public enum Caller
{
    Anonymous,
    Administrator,
    Pedagogy,
    JurorOfSession,
    JurorElsewhere,
    CandidateOwner,
    CandidateOther,
}
