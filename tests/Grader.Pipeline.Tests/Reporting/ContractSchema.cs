using Grader.Pipeline.Tests.Support;
using Json.Schema;

namespace Grader.Pipeline.Tests.Reporting;

/// <summary>The shared contract of `grader evaluate --format json`, found beside the repository like the seed text.</summary>
internal static class ContractSchema
{
    public static readonly Lazy<JsonSchema> Evaluate = new(() => JsonSchema.FromText(File.ReadAllText(EvaluatePath)));

    public static string EvaluatePath
    {
        get
        {
            var candidates = new[]
            {
                Environment.GetEnvironmentVariable("GRADER_CONTRACTS_PATH") is { } fromEnvironment ? Path.Combine(fromEnvironment, "evaluate.schema.json") : null,
                Path.Combine(RepositoryPaths.Root, "..", "shared", "contracts", "evaluate.schema.json"),
                Path.Combine(RepositoryPaths.Root, "shared", "contracts", "evaluate.schema.json"),
            };
            return candidates.FirstOrDefault(p => p is not null && File.Exists(p))
                ?? throw new FileNotFoundException(
                    "Contrat evaluate.schema.json introuvable : attendu dans ../shared/contracts/ à côté du dépôt, ou dans le dossier indiqué par GRADER_CONTRACTS_PATH.");
        }
    }
}
