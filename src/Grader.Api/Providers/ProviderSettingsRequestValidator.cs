using System.Net;
using Providers = Grader.Pipeline.Evaluation.Model.Providers;

namespace Grader.Api.ModelProviders;

/// <summary>
/// Checks an administrator's provider settings field by field, in French. The messages never repeat the API key
/// (nor any part of it): they say what is wrong with it, not what it was.
/// </summary>
public static class ProviderSettingsRequestValidator
{
    public const int MaxEndpointLength = 2048;
    public const int MaxModelLength = 200;
    public const int MinApiKeyLength = 8;
    public const int MaxApiKeyLength = 1024;

    public static Dictionary<string, string[]> Validate(string provider, UpdateProviderSettingsRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var endpointError = EndpointError(provider, request.Endpoint?.Trim());
        if (endpointError is not null)
        {
            errors["endpoint"] = [endpointError];
        }

        var model = request.Model?.Trim();
        if (string.IsNullOrEmpty(model))
        {
            errors["model"] = [provider == Providers.AzureOpenAI ? "Indiquez le nom du déploiement Azure OpenAI." : "Indiquez le modèle (par exemple gpt-4o-mini, ou mistral-small pour un serveur local)."];
        }
        else if (model.Length > MaxModelLength || model.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            errors["model"] = [$"Le nom du modèle doit tenir en {MaxModelLength} caractères au plus, sans espace ni caractère de contrôle."];
        }

        if (request.ApiKey is { } key)
        {
            if (request.RemoveApiKey == true)
            {
                errors["apiKey"] = ["Saisissez une nouvelle clé ou demandez la suppression de la clé enregistrée, pas les deux."];
            }
            else if (key.Length is < MinApiKeyLength or > MaxApiKeyLength)
            {
                errors["apiKey"] = [$"La clé d’API doit compter entre {MinApiKeyLength} et {MaxApiKeyLength} caractères (laissez le champ vide pour conserver la clé enregistrée)."];
            }
            else if (key.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
            {
                errors["apiKey"] = ["La clé d’API ne peut contenir ni espace ni caractère de contrôle : vérifiez le copier-coller."];
            }
        }

        return errors;
    }

    private static string? EndpointError(string provider, string? endpoint)
    {
        if (string.IsNullOrEmpty(endpoint))
        {
            // OpenAI has a well-known address; the others are somebody's server.
            return provider == Providers.OpenAI ? null : "Indiquez l’adresse du service (URL http(s) absolue).";
        }

        if (endpoint.Length > MaxEndpointLength)
        {
            return $"L’adresse ne peut dépasser {MaxEndpointLength} caractères.";
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host))
        {
            return "L’adresse doit être une URL http(s) absolue, par exemple https://mon-service.openai.azure.com/.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            // A key must go in its own field, encrypted, not in an address stored and shown in clear.
            return "L’adresse ne doit contenir ni identifiants, ni paramètres (?…), ni fragment (#…) : la clé se saisit dans son propre champ.";
        }

        if (uri.Scheme == "http" && !IsLoopback(uri))
        {
            return "L’adresse doit être en https (le http n’est accepté que pour un serveur local : localhost, 127.0.0.1 ou ::1).";
        }

        if (provider == Providers.OpenAICompatible && !uri.AbsolutePath.TrimEnd('/').EndsWith("/v1", StringComparison.Ordinal))
        {
            return "Pour un serveur compatible OpenAI, l’adresse doit se terminer par /v1 (par exemple http://localhost:11434/v1).";
        }

        return null;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
