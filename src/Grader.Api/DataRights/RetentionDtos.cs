namespace Grader.Api.DataRights;

/// <summary>A session in the retention preview: its dates, and how many of its candidates would be erased now.</summary>
/// <param name="ErasableFrom">Closing date plus retention; null while the session has no closing date (nothing is erased).</param>
/// <param name="DueNow">Enrolled candidates a pass run now would erase (all their sessions have expired).</param>
public sealed record SessionRetentionDto(
    Guid SessionId, string Name, DateTimeOffset? ClosesAt, int RetentionDays, DateTimeOffset? ErasableFrom, bool Expired, int Candidates, int DueNow);

/// <summary>What a retention pass would do now, and how the periodic pass is set.</summary>
public sealed record RetentionPreviewDto(
    DateTimeOffset Now, int DueNow, bool PeriodicPassEnabled, int IntervalMinutes, IReadOnlyList<SessionRetentionDto> Sessions);

/// <summary>Running the pass erases data for good: the request says so explicitly.</summary>
public sealed record RunRetentionRequest(bool? Confirmed);
