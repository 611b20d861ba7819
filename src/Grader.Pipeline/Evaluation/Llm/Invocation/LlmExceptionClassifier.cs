using System.Globalization;
using System.Net;
using Microsoft.SemanticKernel;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>Turns what the connector throws after our retries into a typed failure with a French reason.</summary>
internal static class LlmExceptionClassifier
{
    public static LlmFailure? Classify(Exception exception, LlmOptions options)
    {
        var retries = options.MaxRetries.ToString(CultureInfo.InvariantCulture);
        if (Chain(exception).Any(e => e is TimeoutException) || exception is OperationCanceledException)
        {
            return new LlmFailure(
                LlmFailureKind.Timeout,
                $"Le fournisseur n’a pas répondu dans le délai de {options.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s, "
                + $"après {retries} nouvelle(s) tentative(s).");
        }

        if (Chain(exception).OfType<HttpOperationException>().FirstOrDefault() is { } http)
        {
            // Azure OpenAI rejects a filtered prompt with HTTP 400 and the code content_filter in the body.
            if (http.ResponseContent?.Contains("content_filter", StringComparison.OrdinalIgnoreCase) == true)
            {
                return new LlmFailure(LlmFailureKind.ContentFilter, "Le filtre de contenu du fournisseur a rejeté la demande ; le critère doit être évalué par le jury.", (int?)http.StatusCode);
            }

            var status = http.StatusCode is { } code ? (int)code : (int?)null;
            return new LlmFailure(LlmFailureKind.Http, HttpReason(http.StatusCode, retries), status);
        }

        if (Chain(exception).Any(e => e is HttpRequestException))
        {
            return new LlmFailure(LlmFailureKind.Http, $"Fournisseur injoignable après {retries} nouvelle(s) tentative(s) : {exception.Message}");
        }

        return exception is KernelException or InvalidOperationException or NotSupportedException
            ? new LlmFailure(LlmFailureKind.Other, $"Appel au modèle impossible : {exception.Message}")
            : null;
    }

    private static string HttpReason(HttpStatusCode? status, string retries) => status switch
    {
        HttpStatusCode.TooManyRequests => $"Le fournisseur limite le débit (HTTP 429) et n’a pas accepté la requête après {retries} nouvelle(s) tentative(s).",
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => "Le fournisseur refuse l’accès (HTTP 401/403) : vérifiez Grader:Llm:ApiKey ou les droits Entra ID.",
        HttpStatusCode.NotFound => "Modèle ou adresse introuvable (HTTP 404) : vérifiez Grader:Llm:Endpoint et Grader:Llm:Model.",
        HttpStatusCode.BadRequest => "Le fournisseur a rejeté la requête (HTTP 400) : le modèle accepte-t-il les réponses structurées (json_schema) ?",
        { } code => $"Le fournisseur a répondu HTTP {(int)code} après {retries} nouvelle(s) tentative(s).",
        null => "Le fournisseur a répondu par une erreur sans code HTTP.",
    };

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }
}
