using Grader.Pipeline.Chunking;
using Grader.Pipeline.Ingestion;

namespace Grader.Pipeline.Evaluation.Verification;

/// <summary>One file of the dossier as the evaluator saw it: its evaluated text and the chunks cut from it.</summary>
public sealed record DossierFileText(string FileName, EvaluatedText Text, IReadOnlyList<Chunk> Chunks);
