using Grader.Pipeline.Indexing;

namespace Grader.Cli.Bench.Retrieval;

/// <summary>What the benchmark asks of one dossier for one labelled compétence: the rubric's queries and the juror's quotes.</summary>
internal sealed record CompetenceQuestion(string Code, IReadOnlyList<string> Queries, IReadOnlyList<string> Quotes);

/// <summary>A case ready to be indexed and questioned: its chunks as the index stores them, and its questions.</summary>
internal sealed record PreparedCase(string Id, string DossierId, int PageCount, IReadOnlyList<IndexedChunk> Chunks, IReadOnlyList<CompetenceQuestion> Questions);
