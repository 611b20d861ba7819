using System.Data.Common;
using Grader.Pipeline.Common;
using Grader.Pipeline.Indexing;
using Microsoft.Extensions.Options;

namespace Grader.Api.Processing;

/// <summary>
/// Why a processing attempt failed, as the user will read it, and whether trying again may help. A user's mistake (an
/// unreadable file, an unknown épreuve: a <see cref="GraderException"/>) will fail again, so it fails at once; a server
/// that did not answer (database, index, model provider) may answer later.
/// </summary>
public sealed record ProcessingFailure(string Code, string Reason, bool Transient)
{
    public static ProcessingFailure Classify(Exception exception) => exception switch
    {
        IndexException { Kind: IndexErrorKind.Unreachable or IndexErrorKind.Storage } index =>
            new("index-unavailable", $"L’index des dossiers n’a pas répondu : {index.Message}", Transient: true),
        GraderException user => new(user.Code, user.Message, Transient: false),
        OptionsValidationException configuration =>
            new("configuration-invalid", "La configuration du service ne permet pas ce traitement : " + string.Join(" ", configuration.Failures), Transient: false),
        HttpRequestException => new("provider-unavailable", "Le fournisseur du modèle de langue est injoignable.", Transient: true),
        DbException or TimeoutException or Microsoft.EntityFrameworkCore.DbUpdateException =>
            new("database-unavailable", "La base de données n’a pas répondu à temps.", Transient: true),
        _ => new("processing-error", "Une erreur inattendue a interrompu le traitement ; elle a été journalisée.", Transient: true),
    };

    /// <summary>The reason once retries are exhausted: what happened, how often it was tried, what to do.</summary>
    public ProcessingFailure AfterRetries(int attempts) => this with
    {
        Reason = $"{Reason} Le traitement a été tenté {attempts} fois sans succès. Vérifiez que les services nécessaires "
                 + "(base de données, index, fournisseur du modèle) répondent, puis déposez de nouveau le dossier ou contactez l’administrateur.",
        Transient = false,
    };
}
