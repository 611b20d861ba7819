using Grader.Persistence;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Microsoft.Data.Sqlite;

namespace Grader.Api.Processing;

/// <summary>
/// Hangfire's storage on the service's database engine: SQLite → a file of its own beside the service's database
/// (<c>jobs.db</c>), PostgreSQL → the same database in its own schema. Both re-queue a job whose worker died after
/// <see cref="JobsOptions.RecoveryTimeout"/> (the invisibility timeout); on PostgreSQL it slides while the worker lives.
/// </summary>
internal static class JobStorageFactory
{
    public const string SqliteFileName = "jobs.db";

    public static JobStorage Create(DatabaseOptions database, JobsOptions jobs, string contentRoot)
    {
        if (DatabaseOptionsValidator.IsPostgreSql(database))
        {
            var options = new PostgreSqlStorageOptions
            {
                SchemaName = jobs.PostgreSqlSchema,
                InvisibilityTimeout = jobs.RecoveryTimeout,
                UseSlidingInvisibilityTimeout = true,
                QueuePollInterval = jobs.PollInterval,
                PrepareSchemaIfNecessary = true,
            };
            return new PostgreSqlStorage(new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(database.ConnectionString!, options), options);
        }

        return new SQLiteStorage(SqlitePath(database, jobs, contentRoot), new SQLiteStorageOptions
        {
            // No sliding timeout in this storage: a job running longer is fetched again, and the processing row's
            // lease makes the second worker wait for the first (ProcessingLease).
            InvisibilityTimeout = jobs.RecoveryTimeout,
            QueuePollInterval = jobs.PollInterval,
        });
    }

    public static string SqlitePath(DatabaseOptions database, JobsOptions jobs, string contentRoot)
    {
        string path;
        if (!string.IsNullOrWhiteSpace(jobs.SqlitePath))
        {
            path = Path.GetFullPath(jobs.SqlitePath, contentRoot);
        }
        else
        {
            var main = new SqliteConnectionStringBuilder(SqliteConnectionStrings.Resolve(database.ConnectionString, contentRoot)).DataSource;
            var folder = Path.IsPathFullyQualified(main) ? Path.GetDirectoryName(main)! : Path.Combine(contentRoot, "data");
            path = Path.Combine(folder, SqliteFileName);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
