using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Grader.Persistence;

/// <summary>
/// The service's relational data. Provider-neutral: <see cref="SqliteGraderDbContext"/> and
/// <see cref="PostgreSqlGraderDbContext"/> derive from it only to carry their own migrations.
/// </summary>
public abstract class GraderDbContext(DbContextOptions options) : DbContext(options)
{
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

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GraderDbContext).Assembly);
}
