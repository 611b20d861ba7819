using Grader.Api.Audit;
using Grader.Api.Review;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Editing;

namespace Grader.Api.Rubrics;

/// <summary>
/// Publishes a compétence's new signals as the next minor version of its rubric (<see cref="RubricRevisionWriter"/>):
/// checks the list (<see cref="SignalRules"/>), refuses an edit made on an older version (409 with the version in force),
/// serialises publishers, makes <see cref="RubricStore"/> load the new version and audits the change.
/// </summary>
public sealed class SignalsPublisher(RubricStore rubrics, IAuditTrail audit, ILogger<SignalsPublisher> logger) : IDisposable
{
    public const string ChangedAction = "rubric.signals.changed";

    // Two pedagogues publishing at once must not both compute the same next version (publications are rare: one gate).
    private readonly SemaphoreSlim _publishing = new(1, 1);

    public void Dispose() => _publishing.Dispose();

    public async Task<Outcome<SignalsPublishedDto>> PublishAsync(
        string rubricId, string code, SignalsUpdateRequest request, string actor, CancellationToken cancellationToken)
    {
        if (request.Signals is null)
        {
            return Invalid("Le champ « signals » (la liste complète des signaux, éventuellement vide) est obligatoire.",
                new Dictionary<string, string[]> { ["signals"] = ["La liste des signaux est obligatoire."] });
        }

        var (signals, problems) = SignalRules.Check(request.Signals);
        if (problems.Count > 0)
        {
            return Invalid(
                $"Les signaux contiennent {problems.Count} erreur{(problems.Count > 1 ? "s" : "")} : {string.Join(" ; ", problems.Select(p => p.Message.TrimEnd('.')))}.",
                problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }

        await _publishing.WaitAsync(cancellationToken);
        try
        {
            // Read from disk again: the cached copy may predate a version published by another instance or by hand.
            rubrics.Invalidate(rubricId);
            var index = rubrics.Get(rubricId);
            var placement = index.GetCompetence(code);
            var current = index.Rubric;
            if (!string.Equals(request.BaseVersion?.Trim(), current.Version, StringComparison.Ordinal))
            {
                return Outcome.Failure<SignalsPublishedDto>(WorkflowProblem.Conflict(
                    "rubric-changed",
                    $"Le référentiel a été modifié entre-temps : la version en vigueur est la {current.Version}. Rechargez-la avant de publier vos signaux.",
                    new Dictionary<string, object?> { ["currentVersion"] = current.Version }));
            }

            if (signals.SequenceEqual(placement.Competence.Signals, StringComparer.Ordinal))
            {
                return Invalid("Les signaux n’ont pas changé : il n’y a rien à publier.", new Dictionary<string, string[]>());
            }

            var competenceId = placement.Competence.Id;
            RubricRevision revision;
            try
            {
                revision = RubricRevisionWriter.PublishEditedBloc(current, text =>
                    SignalsYamlEditor.Declares(text, competenceId) ? SignalsYamlEditor.Replace(text, competenceId, signals) : null);
            }
            catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
            {
                logger.LogWarning(exception, "Rubric folder of {Rubric} is not writable", rubricId);
                return Outcome.Failure<SignalsPublishedDto>(WorkflowProblem.Conflict(
                    "rubric-read-only",
                    "Le dossier du référentiel n’est pas accessible en écriture sur ce serveur (installation en lecture seule) : "
                    + "l’administrateur doit indiquer un dossier modifiable avec le réglage Grader:Rubrics:Path."));
            }
            finally
            {
                rubrics.Invalidate(rubricId);
            }

            await audit.AppendAsync(new AuditRecord(
                actor, ChangedAction, "rubric", rubricId,
                Before: new { version = current.Version, fingerprint = revision.PreviousFingerprint, competence = competenceId, signals = placement.Competence.Signals },
                After: new { version = revision.Published.Version, fingerprint = revision.Fingerprint, competence = competenceId, signals }), cancellationToken);
            logger.LogInformation("Rubric {Rubric} {Version} published by {Actor}: signals of {Competence}", rubricId, revision.Published.Version, actor, competenceId);

            var published = rubrics.Get(rubricId);
            return Outcome.Success(new SignalsPublishedDto(
                rubricId, published.Rubric.Version, current.Version, revision.Fingerprint,
                published.GetCompetence(competenceId).ToDto(published.Rubric)));
        }
        finally
        {
            _publishing.Release();
        }
    }

    private static Outcome<SignalsPublishedDto> Invalid(string detail, Dictionary<string, string[]> errors) =>
        Outcome.Failure<SignalsPublishedDto>(WorkflowProblem.Invalid("invalid-signals", detail, new Dictionary<string, object?> { ["errors"] = errors }));
}
