using Grader.Pipeline.Common;

namespace Grader.Cli;

/// <summary>A configuration value the user set wrongly (appsettings.json or Grader__… variables); the message says which and how to fix it.</summary>
public sealed class ConfigurationProblemException(string userMessage, Exception? inner = null)
    : GraderException("invalid-configuration", userMessage, inner);
