using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Evaluation.Verification;
using Grader.Pipeline.Ingestion;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>
/// A dossier ready to be assessed: its files parsed and chunked, indexed together under one id, its outline
/// and the flags ingestion raised. The verifier is built once here and shared by every compétence.
/// </summary>
/// <param name="ContentHash">Hash over every file's content hash, in order: the dossier's identity for caches.</param>
public sealed record PreparedDossier(
    string DossierId,
    string ContentHash,
    IReadOnlyList<ParsedDocument> Documents,
    IReadOnlyList<DossierFileText> Files,
    DossierContext Context,
    IReadOnlyList<AssessmentFlag> Flags,
    QuoteVerifier Verifier);
