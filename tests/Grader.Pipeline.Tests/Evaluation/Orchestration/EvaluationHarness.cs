using Grader.Pipeline.Chunking;
using Grader.Pipeline.Evaluation.Orchestration;
using Grader.Pipeline.Indexing;
using Grader.Pipeline.Ingestion;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Loading;
using Grader.Pipeline.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Grader.Pipeline.Tests.Evaluation.Orchestration;

/// <summary>
/// The evaluation stage built as a host builds it (ingestion, chunking, indexing, AddGraderEvaluation) from
/// in-memory configuration, with its index in a private temporary folder.
/// </summary>
public sealed class EvaluationHarness : IDisposable
{
    private static readonly Lazy<Rubric> LoadedRubric = new(() => RubricLoader.LoadValid(RepositoryPaths.DefaultRubric));

    private readonly ServiceProvider services;

    public EvaluationHarness(IDictionary<string, string?>? settings = null)
    {
        DataDirectory = Directory.CreateTempSubdirectory("grader-evaluate-").FullName;
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Grader:Index:DataDirectory"] = DataDirectory,
            ["Grader:Llm:Provider"] = "offline",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var collection = new ServiceCollection();
        collection.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        collection.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        collection.AddGraderIngestion();
        collection.AddGraderChunking();
        collection.AddGraderIndexing(configuration);
        collection.AddGraderEvaluation(configuration);
        services = collection.BuildServiceProvider();
    }

    public static Rubric Rubric => LoadedRubric.Value;

    public string DataDirectory { get; }

    public PreAssessmentService Service => services.GetRequiredService<PreAssessmentService>();

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public static string EvalSetPdf(string caseName) => Path.Combine(RepositoryPaths.Root, "eval-sets", "dossiers-v1", caseName, "dossier.pdf");

    public async Task<Grader.Pipeline.Evaluation.Model.PreAssessment> EvaluateAsync(EvaluationRequest request) =>
        (await Service.EvaluateAsync(request, TestContext.Current.CancellationToken)).Assessment
        ?? throw new InvalidOperationException("A pre-assessment was expected, not a dry-run budget.");

    public void Dispose()
    {
        services.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS is left for the temp cleaner; the test result does not depend on it.
        }
    }
}
