namespace Grader.Api.Common;

/// <summary>One page of a list, with what a client needs to ask for the next one.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total)
{
    public bool HasNext => PageNumber * PageSize < Total;
}
