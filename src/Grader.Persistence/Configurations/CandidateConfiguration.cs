using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grader.Persistence.Configurations;

internal sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> builder)
    {
        builder.ToTable("candidates");
        builder.Property(c => c.PseudonymousId).HasMaxLength(64);
        builder.HasIndex(c => c.PseudonymousId).IsUnique();
        builder.Property(c => c.FullName).HasMaxLength(200);
        builder.Property(c => c.Email).HasMaxLength(320);
        builder.Property(c => c.ExternalId).HasMaxLength(100);
        builder.Property(c => c.UserId).HasMaxLength(100);
        builder.HasIndex(c => c.UserId);
    }
}
