using System.Globalization;
using Grader.Pipeline.Common;
using Microsoft.Data.Sqlite;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>
/// Model results in a SQLite file under the data folder (<c>llm-cache.db</c>), so re-running an evaluation on
/// the same dossier, rubric, prompts and model costs no call. Results hold quotes of the (pseudonymised)
/// dossier, so the file lives with the rest of the candidate's data and follows its retention.
/// </summary>
public sealed class SqliteLlmResultCache : ILlmResultCache
{
    private const string Schema = """
            CREATE TABLE IF NOT EXISTS llm_results (
                key TEXT PRIMARY KEY,
                prompt_id TEXT NOT NULL,
                model TEXT NOT NULL,
                result_json TEXT NOT NULL,
                input_tokens INTEGER NOT NULL,
                output_tokens INTEGER NOT NULL,
                created_utc TEXT NOT NULL
            );
        """;

    public const string DefaultFileName = "llm-cache.db";

    private readonly SqliteFile file;

    public SqliteLlmResultCache(string databasePath)
    {
        file = new SqliteFile(databasePath, Schema);
    }

    public string DatabasePath => file.Path;

    public async Task<CachedLlmResult?> GetAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT prompt_id, model, result_json, input_tokens, output_tokens FROM llm_results WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new CachedLlmResult(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            new TokenUsage(reader.GetInt32(3), reader.GetInt32(4)));
    }

    public async Task PutAsync(string key, CachedLlmResult result, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR REPLACE INTO llm_results (key, prompt_id, model, result_json, input_tokens, output_tokens, created_utc)
            VALUES ($key, $prompt, $model, $json, $input, $output, $created)
            """;
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$prompt", result.PromptId);
        command.Parameters.AddWithValue("$model", result.Model);
        command.Parameters.AddWithValue("$json", result.Json);
        command.Parameters.AddWithValue("$input", result.Usage.InputTokens);
        command.Parameters.AddWithValue("$output", result.Usage.OutputTokens);
        command.Parameters.AddWithValue("$created", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => file.OpenAsync(cancellationToken);
}
