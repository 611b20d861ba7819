using Grader.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Grader.Api.Persistence;

/// <summary>The relational store: SQLite under <c>data/</c> by default, PostgreSQL by configuration (<c>Grader:Database</c>).</summary>
internal static class PersistenceExtensions
{
    public static void AddGraderPersistence(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();

        // The provider decides which context type (and so which migrations) is registered: read it now.
        var options = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var validation = new DatabaseOptionsValidator().Validate(null, options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(DatabaseOptions.SectionName, typeof(DatabaseOptions), validation.Failures);
        }

        builder.Services.AddGraderDbContext(options, builder.Environment.ContentRootPath);
    }

    /// <summary>Creates or upgrades the schema before the service takes requests.</summary>
    public static async Task MigrateGraderDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<GraderDbContext>().Database.MigrateAsync();
    }
}
