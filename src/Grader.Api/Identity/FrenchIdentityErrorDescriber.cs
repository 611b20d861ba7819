using Microsoft.AspNetCore.Identity;

namespace Grader.Api.Identity;

/// <summary>Identity's validation messages in French: they reach administrators creating accounts and users changing passwords.</summary>
internal sealed class FrenchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Une erreur inconnue est survenue.");
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Le compte a été modifié entre-temps ; rechargez-le puis recommencez.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Mot de passe incorrect.");
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Jeton invalide ou expiré.");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "Identifiant invalide : lettres, chiffres et - . _ @ + seulement.");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "Adresse électronique invalide.");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "Un compte existe déjà avec cet identifiant.");
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "Un compte existe déjà avec cette adresse électronique.");
    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), $"Rôle inconnu : « {role} ».");
    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), $"Le rôle « {role} » existe déjà.");
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"Le compte a déjà le rôle « {role} ».");
    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), $"Le compte n’a pas le rôle « {role} ».");
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Le mot de passe doit compter au moins {length} caractères.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"Le mot de passe doit compter au moins {uniqueChars} caractères différents.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Le mot de passe doit contenir au moins un caractère spécial.");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Le mot de passe doit contenir au moins un chiffre.");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Le mot de passe doit contenir au moins une minuscule.");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Le mot de passe doit contenir au moins une majuscule.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
