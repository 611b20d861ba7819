namespace Grader.Pipeline.Privacy.Detection;

/// <summary>
/// A span of personal data in a text. <see cref="Key"/> is the value in canonical form (digits only for a phone,
/// no spaces for an IBAN...) so that two spellings of the same value share one placeholder.
/// </summary>
public sealed record PersonalDataMatch(int Start, int Length, PersonalDataKind Kind, string Key)
{
    public int End => Start + Length;
}
