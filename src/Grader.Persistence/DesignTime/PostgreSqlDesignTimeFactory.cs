using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Grader.Persistence.DesignTime;

/// <summary>
/// For <c>dotnet ef migrations add X --context PostgreSqlGraderDbContext --output-dir Migrations/PostgreSql</c>;
/// adding a migration does not connect, so the connection string is only a placeholder.
/// </summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlGraderDbContext>
{
    public PostgreSqlGraderDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlGraderDbContext>().UseNpgsql("Host=localhost;Database=grader_design").Options);
}
