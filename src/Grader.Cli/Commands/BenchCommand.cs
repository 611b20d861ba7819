using System.CommandLine;
using Grader.Pipeline.Calibration;
using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Orchestration;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Cli.Commands;

/// <summary><c>grader bench …</c>: measurements whose figures go into docs/performance.md and docs/quality.md with their command.</summary>
internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("bench", "Mesures de performance et de qualité (à lancer en configuration Release).");
        command.Subcommands.Add(BenchParseCommand.Create(context));
        command.Subcommands.Add(BenchRetrievalCommand.Create(context));
        command.Subcommands.Add(BenchQualityCommand.Create(context, EvaluatorFor));
        command.Subcommands.Add(BenchServiceCommand.Create(context));
        return command;
    }

    /// <summary>The real evaluation, as <c>grader evaluate</c> runs it, for every case of an evaluation set.</summary>
    private static ICaseEvaluator EvaluatorFor(string? provider)
    {
        var services = PipelineFactory.Build(EvaluateCommand.Overrides(provider));
        ConfiguredOptions.ReadIndex(services);
        ConfiguredOptions.Read<LlmOptions>(services);
        ConfiguredOptions.Read<EvaluationOptions>(services);
        var service = services.GetRequiredService<PreAssessmentService>();
        return new DelegateCaseEvaluator(
            async (evaluationCase, cancellationToken) =>
                (await service.EvaluateAsync(new EvaluationRequest(evaluationCase.Rubric, [evaluationCase.DossierPath], evaluationCase.Epreuve.Id), cancellationToken)).Assessment!,
            owner: services);
    }
}
