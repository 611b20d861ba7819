using Microsoft.Extensions.Options;

namespace Grader.Api.DataRights;

/// <summary>
/// Runs <see cref="RetentionPass"/> at start-up and then every <see cref="RetentionOptions.Interval"/>, on the
/// injected clock. A failed pass is logged and the next tick tries again: the service must not stop over it.
/// </summary>
internal sealed class RetentionService(RetentionPass pass, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Retention pass disabled ({Section}:Enabled = false).", RetentionOptions.SectionName);
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        try
        {
            do
            {
                try
                {
                    await pass.RunAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Retention pass failed; the next one runs in {Interval}.", options.Value.Interval);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
