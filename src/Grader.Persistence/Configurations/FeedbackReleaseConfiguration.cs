using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grader.Persistence.Configurations;

internal sealed class FeedbackReleaseConfiguration : IEntityTypeConfiguration<FeedbackRelease>
{
    public void Configure(EntityTypeBuilder<FeedbackRelease> builder)
    {
        builder.ToTable("feedback_releases");
        builder.HasIndex(r => new { r.DossierId, r.ReleasedAt });
        builder.HasOne<Dossier>().WithMany().HasForeignKey(r => r.DossierId).OnDelete(DeleteBehavior.Restrict);
    }
}
