using Grader.Api.Rubrics;
using Grader.Persistence.Entities;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Rubrics;
using Microsoft.Extensions.Options;

namespace Grader.Api.Sessions;

/// <summary>Checks a session request against the référentiels and the configuration, and builds the session.</summary>
internal sealed class SessionFactory(RubricStore rubrics, IOptions<LlmOptions> llm)
{
    public CertificationSession Create(CreateSessionRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            throw new SessionException("bad-session", "Le nom de la session est obligatoire.");
        }

        RubricIndex index;
        List<string> epreuves;
        try
        {
            index = rubrics.Get(request.RubricId ?? rubrics.DefaultRubricId);
            epreuves = (request.Epreuves is { Count: > 0 } asked ? asked : index.Rubric.Epreuves.Select(e => e.Id).ToList())
                .Select(code => index.GetEpreuve(code).Id)
                .Distinct(StringComparer.Ordinal)
                .ToList();
        }
        catch (RubricException unknown)
        {
            // In a request body an unknown référentiel or épreuve is a bad request, not a missing resource.
            throw new SessionException("bad-session", unknown.Message);
        }

        var provider = Providers.Normalize(request.Provider ?? llm.Value.Provider);
        if (!Providers.All.Contains(provider))
        {
            throw new SessionException("bad-session", $"Fournisseur inconnu « {request.Provider} » ; attendus : {string.Join(", ", Providers.All)}.");
        }

        var mode = request.Mode ?? SessionMode.Certifying;
        var policy = request.ReleasePolicy ?? ReleasePolicy.AfterReview;
        if (policy == ReleasePolicy.Immediate && mode != SessionMode.Formative)
        {
            // A certifying session's feedback always passes a human first.
            throw new SessionException("bad-session", "La diffusion immédiate des retours n’est permise que dans une session formative.");
        }

        var share = request.AcquiredShareRequired ?? 1.0;
        if (share is <= 0 or > 1)
        {
            throw new SessionException("bad-session", "La part de compétences acquises exigée doit être comprise entre 0 (exclu) et 1.");
        }

        var retention = request.RetentionDays ?? 365;
        if (retention is < 1 or > 3650)
        {
            throw new SessionException("bad-session", "La durée de conservation doit être comprise entre 1 et 3 650 jours.");
        }

        return new CertificationSession
        {
            Name = request.Name.Trim(),
            RubricId = index.Rubric.Id,
            RubricVersion = index.Rubric.Version,
            Epreuves = epreuves,
            Provider = provider,
            ReleasePolicy = policy,
            Mode = mode,
            BlindFirstReview = request.BlindFirstReview ?? false,
            AcquiredShareRequired = share,
            ClosesAt = request.ClosesAt,
            RetentionDays = retention,
        };
    }
}
