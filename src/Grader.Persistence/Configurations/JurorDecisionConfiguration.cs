using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grader.Persistence.Configurations;

internal sealed class JurorDecisionConfiguration : IEntityTypeConfiguration<JurorDecision>
{
    public void Configure(EntityTypeBuilder<JurorDecision> builder)
    {
        builder.ToTable("juror_decisions");
        builder.Property(d => d.CriterionCode).HasMaxLength(50);
        builder.Property(d => d.Comment).HasMaxLength(4000);
        builder.Property(d => d.AuthorUserId).HasMaxLength(100);
        builder.Property(d => d.Version).IsConcurrencyToken();
        // One decision per compétence of a dossier: jurors edit it (under the concurrency token), they do not fork it.
        builder.HasIndex(d => new { d.DossierId, d.CriterionCode }).IsUnique();
        builder.HasOne<PreAssessmentRecord>().WithMany().HasForeignKey(d => d.PreAssessmentRecordId).OnDelete(DeleteBehavior.Restrict);
    }
}
