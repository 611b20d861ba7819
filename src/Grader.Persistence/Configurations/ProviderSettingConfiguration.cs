using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grader.Persistence.Configurations;

internal sealed class ProviderSettingConfiguration : IEntityTypeConfiguration<ProviderSetting>
{
    public void Configure(EntityTypeBuilder<ProviderSetting> builder)
    {
        builder.ToTable("provider_settings");
        // One row per provider, edited in place: the provider's name is the key.
        builder.HasKey(p => p.Provider);
        builder.Property(p => p.Provider).HasMaxLength(50);
        builder.Property(p => p.Endpoint).HasMaxLength(2048);
        builder.Property(p => p.Model).HasMaxLength(200);
        // Data Protection's ciphertext of a key of at most 1024 characters, base64url: well under 4000.
        builder.Property(p => p.ProtectedApiKey).HasMaxLength(4000);
        builder.Property(p => p.UpdatedBy).HasMaxLength(100);
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}
