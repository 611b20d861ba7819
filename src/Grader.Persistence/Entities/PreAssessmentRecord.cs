using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Reporting;

namespace Grader.Persistence.Entities;

/// <summary>
/// One AI pre-assessment of a dossier, immutable once saved (the context refuses updates): a re-run adds a new
/// record. The whole output is kept as the evaluate contract's JSON; the provenance is copied into columns to
/// query and audit it.
/// </summary>
public sealed class PreAssessmentRecord
{
    public Guid Id { get; private init; } = Guid.NewGuid();
    public Guid DossierId { get; private init; }
    public DateTimeOffset CreatedAt { get; private init; }
    public string Provider { get; private init; } = "";
    public string? Model { get; private init; }
    public string RubricId { get; private init; } = "";
    public string RubricVersion { get; private init; } = "";
    public string RubricFingerprint { get; private init; } = "";
    /// <summary>The prompts used, one <c>id@version:sha256</c> per line, in the order of the provenance.</summary>
    public string PromptHashes { get; private init; } = "";
    /// <summary>The <see cref="PreAssessment"/> as <see cref="PreAssessmentJsonWriter"/> writes it.</summary>
    public string Json { get; private init; } = "";

    public static PreAssessmentRecord Create(Guid dossierId, PreAssessment assessment, DateTimeOffset createdAt) => new()
    {
        DossierId = dossierId,
        CreatedAt = createdAt,
        Provider = assessment.Provider,
        Model = assessment.Provenance.Model,
        RubricId = assessment.RubricId,
        RubricVersion = assessment.RubricVersion,
        RubricFingerprint = assessment.RubricFingerprint,
        PromptHashes = string.Join('\n', assessment.Provenance.Prompts.Select(p => $"{p.Id}@{p.Version}:{p.Sha256}")),
        Json = new PreAssessmentJsonWriter().Write(assessment),
    };

    public PreAssessment ToPreAssessment() => PreAssessmentJsonWriter.Read(Json);
}
