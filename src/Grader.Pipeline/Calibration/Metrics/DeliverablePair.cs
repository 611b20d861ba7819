using Grader.Pipeline.Evaluation.Model;

namespace Grader.Pipeline.Calibration.Metrics;

/// <summary>One deliverable item of one dossier, as the jury labelled it and as Grader found it.</summary>
public readonly record struct DeliverablePair(DeliverablePresence Human, DeliverablePresence Ai);
