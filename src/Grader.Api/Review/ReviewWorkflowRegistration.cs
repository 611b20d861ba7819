using Grader.Api.Exports;
using Grader.Api.Feedback;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Grader.Api.Review;

/// <summary>The services of the review, feedback and export endpoints, registered in one call from Program.cs.</summary>
public static class ReviewWorkflowRegistration
{
    public static void AddReviewWorkflow(this WebApplicationBuilder builder) => builder.Services.AddReviewWorkflow();

    public static IServiceCollection AddReviewWorkflow(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ReviewSnapshotLoader>();
        services.TryAddSingleton<Grader.Pipeline.Calibration.Profiles.CalibrationProfileStore>();
        services.AddScoped<DecisionRecorder>();
        services.AddScoped<GridFinaliser>();
        services.AddScoped<GridReopener>();
        services.AddScoped<BlocRuleEditor>();
        services.AddScoped<FeedbackDraftSource>();
        services.AddScoped<FeedbackDraftEditor>();
        services.AddScoped<FeedbackReleaser>();
        services.AddScoped<FeedbackReleasePolicy>();
        services.AddScoped<CandidateFeedbackReader>();
        services.AddScoped<FeedbackReadAccess>();
        services.AddScoped<BlindFeedbackGate>();
        services.AddScoped<FinalGridReportBuilder>();
        services.AddScoped<SessionResults>();
        return services;
    }
}
