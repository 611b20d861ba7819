using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Common;

/// <summary>
/// <c>?page=1&amp;pageSize=20</c>, 1-based, the size capped at <see cref="MaximumSize"/> so that no request can ask the
/// database for everything at once. Values out of range are brought back into it rather than refused.
/// </summary>
public readonly record struct PageQuery(int? Page, int? PageSize)
{
    public const int DefaultSize = 20;
    public const int MaximumSize = 100;

    public int Number => Math.Max(1, Page ?? 1);
    public int Size => Math.Clamp(PageSize ?? DefaultSize, 1, MaximumSize);

    /// <summary>Counts, then reads one page of an already ordered query.</summary>
    public async Task<Page<T>> ApplyAsync<T>(IQueryable<T> ordered, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip((Number - 1) * Size).Take(Size).ToListAsync(cancellationToken);
        return new Page<T>(items, Number, Size, total);
    }
}
