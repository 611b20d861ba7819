using Grader.Api.Rubrics;
using Grader.Persistence.Entities;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Evaluation.Llm;
using Microsoft.Extensions.Options;

namespace Grader.Api.Sessions;

/// <summary>Checks a session request against the référentiels and the configuration, and builds the session.</summary>
internal sealed class SessionFactory(RubricStore rubrics, IOptions<LlmOptions> llm)
{
    public CertificationSession Create(CreateSessionRequest request)
    {
        var name = SessionRules.Name(request.Name);
        var (index, epreuves) = SessionRules.Rubric(rubrics, request.RubricId ?? rubrics.DefaultRubricId, request.Epreuves);

        var provider = Providers.Normalize(request.Provider ?? llm.Value.Provider);
        if (!Providers.All.Contains(provider))
        {
            throw new SessionException("bad-session", $"Fournisseur inconnu « {request.Provider} » ; attendus : {string.Join(", ", Providers.All)}.");
        }

        var mode = request.Mode ?? SessionMode.Certifying;
        var policy = request.ReleasePolicy ?? ReleasePolicy.AfterReview;
        SessionRules.Policy(mode, policy);

        return new CertificationSession
        {
            Name = name,
            RubricId = index.Rubric.Id,
            RubricVersion = index.Rubric.Version,
            Epreuves = epreuves,
            Provider = provider,
            ReleasePolicy = policy,
            Mode = mode,
            BlindFirstReview = request.BlindFirstReview ?? false,
            AcquiredShareRequired = SessionRules.AcquiredShare(request.AcquiredShareRequired ?? 1.0),
            ClosesAt = request.ClosesAt,
            RetentionDays = SessionRules.RetentionDays(request.RetentionDays ?? 365),
        };
    }
}
