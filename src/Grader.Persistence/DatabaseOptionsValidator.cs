using Microsoft.Extensions.Options;

namespace Grader.Persistence;

/// <summary>Checks <c>Grader:Database</c> at start-up, with messages for the administrator in French.</summary>
public sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (!DatabaseProviders.All.Contains(options.Provider, StringComparer.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail(
                $"Grader:Database:Provider vaut « {options.Provider} » ; valeurs possibles : {string.Join(", ", DatabaseProviders.All)}.");
        }

        if (IsPostgreSql(options) && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail(
                "Grader:Database:ConnectionString est obligatoire avec PostgreSQL (par exemple « Host=localhost;Database=grader;Username=grader;Password=… »).");
        }

        return ValidateOptionsResult.Success;
    }

    public static bool IsPostgreSql(DatabaseOptions options) =>
        string.Equals(options.Provider, DatabaseProviders.PostgreSql, StringComparison.OrdinalIgnoreCase);
}
