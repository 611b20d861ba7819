using Grader.Api.ModelProviders;
using Grader.Api.Tests.Persistence;
using Grader.Persistence;
using Grader.Persistence.Entities;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Grader.Api.Tests.ModelProviders;

/// <summary>
/// A provider's API key on a real database of each provider: only Data Protection's ciphertext is in the column, and
/// another instance of the service (its own protector, the key ring read from the same database) reads the key back.
/// </summary>
public abstract class ProviderSettingPersistenceTests
{
    private const string Key = "sk-persist-Rt6Yu2Io8Pa4";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected abstract Task<TestDatabase> CreateEmptyDatabaseAsync();

    [Fact]
    public async Task The_column_holds_ciphertext_only_and_another_instance_decrypts_it()
    {
        await using var database = await CreateEmptyDatabaseAsync();
        await using (var context = database.CreateContext())
        {
            await context.Database.MigrateAsync(Ct);
        }

        await using (var writer = Instance(database))
        await using (var scope = writer.CreateAsyncScope())
        {
            var protector = writer.GetRequiredService<ProviderKeyProtector>();
            var db = scope.ServiceProvider.GetRequiredService<GraderDbContext>();
            db.ProviderSettings.Add(new ProviderSetting { Provider = "openai", Model = "gpt-4o-mini", ProtectedApiKey = protector.Protect(Key), UpdatedBy = "admin-1" });
            await db.SaveChangesAsync(Ct);
        }

        await using (var context = database.CreateContext())
        {
            var raw = await context.Database.SqlQueryRaw<string>("SELECT \"ProtectedApiKey\" AS \"Value\" FROM provider_settings").SingleAsync(Ct);
            Assert.DoesNotContain(Key, raw, StringComparison.Ordinal);
            Assert.DoesNotContain(Key[..12], raw, StringComparison.Ordinal);
            Assert.True(await context.DataProtectionKeys.AnyAsync(Ct), "The key ring is stored in the database, for every instance.");
        }

        await using var reader = Instance(database);
        await using var readScope = reader.CreateAsyncScope();
        var stored = await readScope.ServiceProvider.GetRequiredService<GraderDbContext>().ProviderSettings.SingleAsync(Ct);
        Assert.Equal(Key, reader.GetRequiredService<ProviderKeyProtector>().Unprotect(stored.ProtectedApiKey, stored.Provider));
        // Another purpose (cookies, tokens) cannot read it.
        var other = reader.GetRequiredService<IDataProtectionProvider>().CreateProtector("Microsoft.AspNetCore.Identity");
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => other.Unprotect(stored.ProtectedApiKey!));
    }

    // Data Protection as the service sets it up (IdentityExtensions): application "grader", key ring in the database.
    private static ServiceProvider Instance(TestDatabase database)
    {
        var services = new ServiceCollection();
        services.AddScoped(_ => database.CreateContext());
        services.AddDataProtection().SetApplicationName("grader").PersistKeysToDbContext<GraderDbContext>();
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<ProviderKeyProtector>();
        return services.BuildServiceProvider();
    }
}

public sealed class SqliteProviderSettingPersistenceTests : ProviderSettingPersistenceTests
{
    protected override Task<TestDatabase> CreateEmptyDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

/// <summary>Runs when <c>GRADER_TEST_POSTGRES</c> names a server; skips and says why otherwise.</summary>
public sealed class PostgreSqlProviderSettingPersistenceTests : ProviderSettingPersistenceTests
{
    protected override async Task<TestDatabase> CreateEmptyDatabaseAsync() => await PostgreSqlTestDatabase.CreateAsync();
}
