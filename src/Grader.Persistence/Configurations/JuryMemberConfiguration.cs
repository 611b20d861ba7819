using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grader.Persistence.Configurations;

internal sealed class JuryMemberConfiguration : IEntityTypeConfiguration<JuryMember>
{
    public void Configure(EntityTypeBuilder<JuryMember> builder)
    {
        builder.ToTable("jury_members");
        builder.Property(m => m.UserId).HasMaxLength(100);
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(m => new { m.JuryId, m.UserId }).IsUnique();
        // "Which sessions does this juror sit on?" is asked on every request of a juror.
        builder.HasIndex(m => m.UserId);
    }
}
