using System.Collections.Concurrent;
using Grader.Pipeline.Ingestion;
using Microsoft.Extensions.Caching.Memory;

namespace Grader.Api.Dossiers.Preview;

/// <summary>
/// Parses stored files with the pipeline's own <see cref="DocumentIngestor"/> (so the pages are the ones the evidence
/// quotes name) and keeps the result per content hash in a size-bounded memory cache: re-opening a dossier is instant.
/// The ingestor enforces the pipeline's limits (file size, page count, parse time, ZIP and XML guards); on top of that,
/// few parses run at once and two requests for one file share a single parse, so the viewer cannot starve the host.
/// </summary>
internal sealed class DocumentPreviewCache : IDisposable
{
    /// <summary>Estimated bytes of previews kept in memory (text is UTF-16: two bytes a character).</summary>
    public const long CacheBudgetBytes = 64L * 1024 * 1024;

    private const int ConcurrentParses = 2;
    private static readonly TimeSpan KeepSuccess = TimeSpan.FromMinutes(30);
    // A refused file is remembered briefly so that repeated clicks do not re-run a slow failing parse (a timeout).
    private static readonly TimeSpan KeepFailure = TimeSpan.FromMinutes(2);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = CacheBudgetBytes });
    private readonly ConcurrentDictionary<string, Lazy<Task<PreviewOutcome>>> _inFlight = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _parses = new(ConcurrentParses);
    private readonly DocumentIngestor _ingestor;
    private readonly ILogger<DocumentPreviewCache> _logger;

    public DocumentPreviewCache(DocumentIngestor ingestor, ILogger<DocumentPreviewCache> logger)
    {
        _ingestor = ingestor;
        _logger = logger;
    }

    public async Task<PreviewOutcome> GetAsync(PreviewSource source, CancellationToken cancellationToken)
    {
        var key = $"{source.Sha256}:{source.Format}";
        if (!_cache.TryGetValue(key, out PreviewOutcome? outcome) || outcome is null)
        {
            // The shared parse is not tied to one caller's request: a reader closing the page must not cancel it for the others.
            var shared = _inFlight.GetOrAdd(key, k => new Lazy<Task<PreviewOutcome>>(() => ParseAndStoreAsync(k, source)));
            outcome = await shared.Value.WaitAsync(cancellationToken);
        }

        // The cached preview may come from an identical file of another dossier: name this one.
        return outcome.Preview is { } preview
            ? PreviewOutcome.Success(preview with { FileId = source.FileId, FileName = source.Name })
            : outcome;
    }

    private async Task<PreviewOutcome> ParseAndStoreAsync(string key, PreviewSource source)
    {
        try
        {
            var outcome = await ParseAsync(source);
            var options = new MemoryCacheEntryOptions
            {
                Size = outcome.Preview is { } preview ? EstimateBytes(preview) : 1024,
                SlidingExpiration = outcome.Preview is null ? null : KeepSuccess,
                AbsoluteExpirationRelativeToNow = outcome.Preview is null ? KeepFailure : null,
            };
            if (outcome.Code != UnexpectedCode)
            {
                _cache.Set(key, outcome, options);
            }

            return outcome;
        }
        finally
        {
            _inFlight.TryRemove(key, out _);
        }
    }

    private const string UnexpectedCode = "preview-failed";

    private async Task<PreviewOutcome> ParseAsync(PreviewSource source)
    {
        await _parses.WaitAsync();
        try
        {
            // The ingestor blocks its caller while its time-limited parse runs: keep that off the request's thread.
            var document = await Task.Run(() => _ingestor.Ingest(source.FullPath, CancellationToken.None));
            return PreviewOutcome.Success(DocumentPreviewMapper.Map(source.FileId, source.Name, source.Format, document));
        }
        catch (IngestionException refused)
        {
            _logger.LogWarning("Preview of file {FileId} refused by the parser: {Code}", source.FileId, refused.Code);
            // A vanished file's message names the server's path: the juror gets a message of their own instead.
            return PreviewOutcome.Failure(refused.Code, refused.Kind == IngestionErrorKind.FileNotFound
                ? PreviewMessages.Missing(source.Name)
                : PreviewMessages.Refused(source.Name, refused.Message));
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Preview of file {FileId} failed", source.FileId);
            return PreviewOutcome.Failure(UnexpectedCode, PreviewMessages.Unexpected(source.Name));
        }
        finally
        {
            _parses.Release();
        }
    }

    /// <summary>A rough upper bound of the preview's memory: its text twice (UTF-16) plus a fixed cost per object.</summary>
    internal static long EstimateBytes(DocumentPreviewDto preview)
    {
        long bytes = 512;
        foreach (var page in preview.Pages)
        {
            bytes += 256 + (2L * page.Label.Length) + page.Flags.Sum(f => 128 + (2L * f.Detail.Length));
            foreach (var block in page.Blocks)
            {
                bytes += 96 + (2L * block.Text.Length);
                if (block.Rows is { } rows)
                {
                    bytes += rows.Sum(r => 48 + r.Sum(c => 32 + (2L * c.Length)));
                }
            }
        }

        return bytes;
    }

    public void Dispose()
    {
        _cache.Dispose();
        _parses.Dispose();
    }
}
