using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grader.Persistence.Configurations;

internal sealed class FinalGridReopeningConfiguration : IEntityTypeConfiguration<FinalGridReopening>
{
    public void Configure(EntityTypeBuilder<FinalGridReopening> builder)
    {
        builder.ToTable("final_grid_reopenings");
        builder.Property(r => r.Reason).HasMaxLength(2000);
        builder.Property(r => r.ReopenedBy).HasMaxLength(100);
        builder.HasIndex(r => new { r.FinalGridId, r.ReopenedAt });
    }
}
