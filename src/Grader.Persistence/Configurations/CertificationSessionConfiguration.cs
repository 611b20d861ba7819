using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grader.Persistence.Configurations;

internal sealed class CertificationSessionConfiguration : IEntityTypeConfiguration<CertificationSession>
{
    public void Configure(EntityTypeBuilder<CertificationSession> builder)
    {
        builder.ToTable("sessions");
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.RubricId).HasMaxLength(100);
        builder.Property(s => s.RubricVersion).HasMaxLength(50);
        builder.Property(s => s.Provider).HasMaxLength(50);
        builder.Property(s => s.ReleasePolicy).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Mode).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(s => s.Juries).WithOne(j => j.Session).HasForeignKey(j => j.SessionId);
        builder.HasMany(s => s.Dossiers).WithOne(d => d.Session).HasForeignKey(d => d.SessionId).OnDelete(DeleteBehavior.Restrict);
    }
}
