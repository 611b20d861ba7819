namespace Grader.Pipeline.Privacy.Detection;

/// <summary>Finds one kind of personal data in a text; matches may overlap those of other detectors.</summary>
public interface IPersonalDataDetector
{
    IEnumerable<PersonalDataMatch> Find(string text);
}
