using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grader.Persistence.Configurations;

internal sealed class ProcessingJobConfiguration : IEntityTypeConfiguration<ProcessingJob>
{
    public void Configure(EntityTypeBuilder<ProcessingJob> builder)
    {
        builder.ToTable("processing_jobs");
        builder.Property(j => j.BackgroundJobId).HasMaxLength(100);
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.Stage).HasMaxLength(30);
        builder.Property(j => j.FailureCode).HasMaxLength(100);
        builder.Property(j => j.FailureReason).HasMaxLength(2000);
        builder.HasIndex(j => j.DossierId);
        builder.HasIndex(j => j.State);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(j => j.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}
