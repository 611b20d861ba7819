using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Grader.Persistence;

/// <summary>The context on SQLite, with its migrations under <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteGraderDbContext(DbContextOptions<SqliteGraderDbContext> options) : GraderDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date type: as text, DateTimeOffset cannot be ordered or compared in queries; as a number it can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
