using Grader.Pipeline.Indexing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Grader.Api.Infrastructure.Health;

/// <summary>
/// The chunk index answers (<see cref="IChunkIndex.CheckHealthAsync"/>): the SQLite file opens, or the Qdrant
/// server replies and holds the collection. The index is resolved when the check runs, so a host that has not
/// registered it yet reports « index non configuré » as degraded instead of failing to start.
/// </summary>
internal sealed class ChunkIndexHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        IChunkIndex? index;
        try
        {
            index = services.GetService<IChunkIndex>();
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or UriFormatException or IndexException)
        {
            return HealthCheckResult.Unhealthy("Index de passages : configuration invalide (voir Grader:Index).", ex);
        }

        if (index is null)
        {
            return HealthCheckResult.Degraded("Index de passages non configuré : aucun service d’indexation n’est enregistré.");
        }

        try
        {
            var health = await index.CheckHealthAsync(cancellationToken);
            var description = $"Index de passages « {health.Provider} » : {string.Join(" ", health.Notes)}".TrimEnd(' ', ':');
            return health.Healthy ? HealthCheckResult.Healthy(description) : HealthCheckResult.Unhealthy(description);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("Index de passages : pas de réponse dans le délai imparti.");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("Index de passages injoignable ou en erreur.", ex);
        }
    }
}
