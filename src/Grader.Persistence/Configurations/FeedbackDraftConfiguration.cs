using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grader.Persistence.Configurations;

internal sealed class FeedbackDraftConfiguration : IEntityTypeConfiguration<FeedbackDraft>
{
    public void Configure(EntityTypeBuilder<FeedbackDraft> builder)
    {
        builder.ToTable("feedback_drafts");
        builder.Property(f => f.Text).HasMaxLength(40_000);
        builder.Property(f => f.EditedBy).HasMaxLength(100);
        builder.Property(f => f.Version).IsConcurrencyToken();
        // One draft per dossier, edited in place under the concurrency token; releases keep each released text.
        builder.HasIndex(f => f.DossierId).IsUnique();
        builder.HasOne<Dossier>().WithMany().HasForeignKey(f => f.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}
