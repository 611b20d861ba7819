namespace Grader.Pipeline.Privacy;

/// <summary>The kinds of personal data replaced before text leaves for a provider.</summary>
public enum PersonalDataKind
{
    CandidateName,
    StudentNumber,
    Email,
    Phone,
    PostalAddress,
    Iban,
}
