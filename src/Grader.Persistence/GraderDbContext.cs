using Grader.Persistence.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Grader.Persistence;

/// <summary>
/// The service's relational data. Provider-neutral: <see cref="SqliteGraderDbContext"/> and
/// <see cref="PostgreSqlGraderDbContext"/> derive from it only to carry their own migrations. It also holds the
/// accounts (ASP.NET Core Identity) and the data-protection keys, so that every instance of the service signs and reads
/// the same cookies and tokens.
/// </summary>
public abstract class GraderDbContext(DbContextOptions options) : IdentityDbContext<GraderUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<CertificationSession> Sessions => Set<CertificationSession>();
    public DbSet<Jury> Juries => Set<Jury>();
    public DbSet<JuryMember> JuryMembers => Set<JuryMember>();
    public DbSet<Candidate> Candidates => Set<Candidate>();
    public DbSet<Dossier> Dossiers => Set<Dossier>();
    public DbSet<DossierFile> DossierFiles => Set<DossierFile>();
    public DbSet<PreAssessmentRecord> PreAssessments => Set<PreAssessmentRecord>();
    public DbSet<JurorDecision> Decisions => Set<JurorDecision>();
    public DbSet<FinalGrid> FinalGrids => Set<FinalGrid>();
    public DbSet<FinalGridReopening> FinalGridReopenings => Set<FinalGridReopening>();
    public DbSet<FeedbackRelease> FeedbackReleases => Set<FeedbackRelease>();
    public DbSet<FeedbackDraft> FeedbackDrafts => Set<FeedbackDraft>();
    public DbSet<ProcessingJob> ProcessingJobs => Set<ProcessingJob>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Enrolment> Enrolments => Set<Enrolment>();
    public DbSet<ProviderSetting> ProviderSettings => Set<ProviderSetting>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        SaveRules.Apply(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        SaveRules.Apply(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(GraderDbContext).Assembly);
    }
}
