using Grader.Cli.Commands;
using Grader.Pipeline.Calibration;
using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Offline;
using Grader.Pipeline.Evaluation.Orchestration;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Cli.Bench.Calibration;

/// <summary>
/// The real evaluation, as <c>grader evaluate</c> runs it (OCR of a dossier without text layer included), for every case
/// of an evaluation set under one configuration: its settings override the configuration files, one service container per run.
/// </summary>
internal static class CalibrationEvaluators
{
    public static ICaseEvaluator Create(CalibrationConfiguration configuration, IOfflineEvidenceObserver? observer)
    {
        var services = PipelineFactory.Build(
            configuration.Settings(),
            observer is null ? null : s => s.AddSingleton(observer));
        try
        {
            ConfiguredOptions.ReadIndex(services);
            ConfiguredOptions.Read<LlmOptions>(services);
            ConfiguredOptions.Read<EvaluationOptions>(services);
        }
        catch
        {
            services.Dispose();
            throw;
        }

        var service = services.GetRequiredService<PreAssessmentService>();
        return new DelegateCaseEvaluator(
            async (evaluationCase, cancellationToken) =>
                (await service.EvaluateAsync(
                    new EvaluationRequest(evaluationCase.Rubric, [evaluationCase.DossierPath], evaluationCase.Epreuve.Id, Samples: configuration.Samples),
                    cancellationToken)).Assessment!,
            owner: services);
    }
}
