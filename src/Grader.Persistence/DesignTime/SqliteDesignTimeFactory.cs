using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Grader.Persistence.DesignTime;

/// <summary>For <c>dotnet ef migrations add X --context SqliteGraderDbContext --output-dir Migrations/Sqlite</c>.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGraderDbContext>
{
    public SqliteGraderDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteGraderDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
