using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grader.Persistence.Configurations;

internal sealed class PreAssessmentRecordConfiguration : IEntityTypeConfiguration<PreAssessmentRecord>
{
    public void Configure(EntityTypeBuilder<PreAssessmentRecord> builder)
    {
        builder.ToTable("pre_assessments");
        builder.Property(p => p.Provider).HasMaxLength(50);
        builder.Property(p => p.Model).HasMaxLength(200);
        builder.Property(p => p.RubricId).HasMaxLength(100);
        builder.Property(p => p.RubricVersion).HasMaxLength(50);
        // "sha256:" and 64 hex digits.
        builder.Property(p => p.RubricFingerprint).HasMaxLength(80);
        // Text, not jsonb: the stored JSON must stay byte-for-byte what the writer produced.
        builder.Property(p => p.Json);
        builder.HasIndex(p => new { p.DossierId, p.CreatedAt });
        builder.HasIndex(p => new { p.RubricVersion, p.RubricFingerprint });
    }
}
