using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grader.Persistence.Configurations;

internal sealed class JuryConfiguration : IEntityTypeConfiguration<Jury>
{
    public void Configure(EntityTypeBuilder<Jury> builder)
    {
        builder.ToTable("juries");
        builder.Property(j => j.Name).HasMaxLength(200);
        builder.HasMany(j => j.Members).WithOne(m => m.Jury).HasForeignKey(m => m.JuryId);
    }
}
