namespace Grader.Pipeline.Calibration.Metrics;

/// <summary>One compétence of one dossier graded twice: by the jury (the reference) and by Grader.</summary>
public readonly record struct LevelPair(int Human, int Ai)
{
    public int AbsoluteDifference => Math.Abs(Ai - Human);
}
