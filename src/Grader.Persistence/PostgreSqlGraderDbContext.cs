using Microsoft.EntityFrameworkCore;

namespace Grader.Persistence;

/// <summary>The context on PostgreSQL, with its migrations under <c>Migrations/PostgreSql</c>.</summary>
public sealed class PostgreSqlGraderDbContext(DbContextOptions<PostgreSqlGraderDbContext> options) : GraderDbContext(options);
