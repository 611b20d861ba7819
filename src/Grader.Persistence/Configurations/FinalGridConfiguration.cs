using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grader.Persistence.Configurations;

internal sealed class FinalGridConfiguration : IEntityTypeConfiguration<FinalGrid>
{
    public void Configure(EntityTypeBuilder<FinalGrid> builder)
    {
        builder.ToTable("final_grids");
        builder.Property(g => g.FinalisedBy).HasMaxLength(100);
        builder.Property(g => g.BlocDecision).HasMaxLength(50);
        builder.Property(g => g.ComputedDecision).HasMaxLength(50);
        builder.Property(g => g.DecisionReason).HasMaxLength(2000);
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.HasIndex(g => g.DossierId).IsUnique();
        builder.HasOne<Dossier>().WithOne().HasForeignKey<FinalGrid>(g => g.DossierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(g => g.Reopenings).WithOne().HasForeignKey(r => r.FinalGridId);
    }
}
