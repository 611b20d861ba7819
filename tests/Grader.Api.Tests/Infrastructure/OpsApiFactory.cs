using Grader.Pipeline.Indexing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Grader.Api.Tests.Infrastructure;

/// <summary>
/// The whole service on a SQLite file and an index folder of its own (a temporary folder), configured with the
/// given settings. Settings may be written as environment variables (<c>Grader__Index__Provider</c>): the double
/// underscore becomes the section separator, as the environment-variables configuration source does.
/// </summary>
public sealed class OpsApiFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("grader-ops-").FullName;
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _registerIndexing;

    public OpsApiFactory(IReadOnlyDictionary<string, string?>? settings = null, bool registerIndexing = false, CapturingLoggerProvider? logs = null)
    {
        _registerIndexing = registerIndexing;
        Logs = logs;
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Grader:Database:Provider"] = "sqlite",
            ["Grader:Database:ConnectionString"] = $"Data Source={Path.Combine(_folder, "grader.db")}",
            ["Grader:Index:DataDirectory"] = Path.Combine(_folder, "index"),
            // Nothing under the project's own data/ folder: parallel hosts must never share a file.
            ["Grader:Storage:Directory"] = Path.Combine(_folder, "files"),
            ["Grader:Retention:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[ToConfigurationKey(key)] = value;
        }
    }

    public CapturingLoggerProvider? Logs { get; }

    public static string ToConfigurationKey(string environmentStyleKey) => environmentStyleKey.Replace("__", ":", StringComparison.Ordinal);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices((context, services) =>
        {
            // The API does not register the pipeline's services yet (another branch does); these tests need the index.
            if (_registerIndexing && !services.Any(s => s.ServiceType == typeof(IChunkIndex)))
            {
                services.AddGraderIndexing(context.Configuration);
            }

            if (Logs is not null)
            {
                services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
            }
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a background thread; the temporary folder is cleaned by the system.
        }
    }
}
