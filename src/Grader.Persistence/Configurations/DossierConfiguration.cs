using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grader.Persistence.Configurations;

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        builder.ToTable("dossiers");
        builder.Property(d => d.Epreuve).HasMaxLength(100);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.ContentHash).HasMaxLength(64);
        builder.Property(d => d.SubmittedBy).HasMaxLength(100);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => new { d.SessionId, d.CreatedAt });
        builder.HasIndex(d => d.ContentHash);
        builder.HasIndex(d => d.CandidateId);
        builder.HasOne(d => d.Candidate).WithMany().HasForeignKey(d => d.CandidateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Files).WithOne().HasForeignKey(f => f.DossierId);
        // Pre-assessments and decisions are history: deleting a dossier must be an explicit erasure, not a cascade.
        builder.HasMany(d => d.PreAssessments).WithOne().HasForeignKey(p => p.DossierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Decisions).WithOne().HasForeignKey(j => j.DossierId).OnDelete(DeleteBehavior.Restrict);
    }
}
