using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grader.Api.Dossiers;

/// <summary>The refusals of an upload, as RFC 9457 problems with a French detail and a stable code.</summary>
internal static class UploadProblems
{
    public static ProblemHttpResult TooLarge(string detail) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "Envoi trop volumineux", detail, "upload-too-large");

    public static ProblemHttpResult Unsupported(string detail, string code) =>
        Problem(StatusCodes.Status415UnsupportedMediaType, "Type de fichier non pris en charge", detail, code);

    public static ProblemHttpResult Invalid(string detail, string code) =>
        Problem(StatusCodes.Status400BadRequest, "Dépôt refusé", detail, code);

    public static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.GetCultureInfo("fr-FR")) + " Mo";

    private static ProblemHttpResult Problem(int status, string title, string detail, string code) =>
        TypedResults.Problem(detail, statusCode: status, title: title, type: $"https://grader.local/problems/{code}",
            extensions: new Dictionary<string, object?> { ["code"] = code });
}
