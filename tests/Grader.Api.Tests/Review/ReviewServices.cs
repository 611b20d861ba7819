using Grader.Api.Feedback;
using Grader.Api.Review;
using Grader.Persistence;

namespace Grader.Api.Tests.Review;

/// <summary>The workflow services on one context, as one request of the service would have them.</summary>
internal sealed class ReviewServices(GraderDbContext db, RecordingAuditTrail audit)
{
    public ReviewSnapshotLoader Loader { get; } = new(db, ReviewTestData.Rubrics);

    public DecisionRecorder Recorder => new(db, Loader, audit, TimeProvider.System);

    public GridFinaliser Finaliser => new(db, Loader, audit, TimeProvider.System);

    public GridReopener Reopener => new(db, Loader, audit, TimeProvider.System);

    public FeedbackDraftSource DraftSource => new(db);

    public FeedbackDraftEditor DraftEditor => new(db, DraftSource, audit, TimeProvider.System);

    public FeedbackReleaser Releaser => new(db, DraftSource, audit, TimeProvider.System);

    public FeedbackReleasePolicy ReleasePolicy => new(db, DraftSource, Releaser);
}
