using Grader.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Grader.Api.Tests.Persistence;

/// <summary>
/// A database of its own on the PostgreSQL server named by <c>GRADER_TEST_POSTGRES</c> (its role needs CREATEDB),
/// dropped after the test.
/// </summary>
public sealed class PostgreSqlTestDatabase : TestDatabase
{
    public const string EnvironmentVariable = "GRADER_TEST_POSTGRES";

    private readonly string _serverConnectionString;
    private readonly string _name;
    private readonly DbContextOptions<PostgreSqlGraderDbContext> _options;

    private PostgreSqlTestDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        _name = name;
        // No pooling: an idle pooled connection would keep the database from being dropped.
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name, Pooling = false }.ToString();
        _options = new DbContextOptionsBuilder<PostgreSqlGraderDbContext>().UseNpgsql(ConnectionString).Options;
    }

    public override string Provider => DatabaseProviders.PostgreSql;

    public override string ConnectionString { get; }

    public static async Task<PostgreSqlTestDatabase> CreateAsync()
    {
        var serverConnectionString = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(serverConnectionString))
        {
            Assert.Skip($"{EnvironmentVariable} n’est pas défini : ces tests ont besoin d’un serveur PostgreSQL " +
                        "(par exemple « Host=127.0.0.1;Username=grader;Password=…;Database=grader_tests », rôle avec CREATEDB ; .ci/run le prépare).");
        }

        var name = "grader_test_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(serverConnectionString, $"CREATE DATABASE \"{name}\"");
        return new PostgreSqlTestDatabase(serverConnectionString, name);
    }

    public override GraderDbContext CreateContext() => new PostgreSqlGraderDbContext(_options);

    public override async ValueTask DisposeAsync() =>
        await ExecuteAsync(_serverConnectionString, $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
