using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Persistence;

/// <summary>Registers <see cref="GraderDbContext"/> on the configured provider.</summary>
public static class GraderDbContextRegistration
{
    /// <param name="baseDirectory">The folder a relative SQLite path is resolved against (the content root).</param>
    public static IServiceCollection AddGraderDbContext(this IServiceCollection services, DatabaseOptions options, string baseDirectory)
    {
        if (DatabaseOptionsValidator.IsPostgreSql(options))
        {
            services.AddDbContext<GraderDbContext, PostgreSqlGraderDbContext>(o => o.UseNpgsql(options.ConnectionString));
        }
        else
        {
            var connectionString = SqliteConnectionStrings.Resolve(options.ConnectionString, baseDirectory);
            services.AddDbContext<GraderDbContext, SqliteGraderDbContext>(o => o.UseSqlite(connectionString));
        }

        return services;
    }
}
