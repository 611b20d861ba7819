using Grader.Api.Infrastructure;
using Grader.Api.Exports;
using Grader.Api.Feedback;
using Grader.Api.Persistence;
using Grader.Api.Review;
using Grader.Api.Rubrics;

var builder = WebApplication.CreateBuilder(args);

builder.AddGraderProblemDetails();
builder.AddRubrics();
builder.AddGraderPersistence();
builder.AddReviewWorkflow();

var app = builder.Build();

await app.MigrateGraderDatabaseAsync();

app.UseGraderProblemDetails();
app.MapHealthApi();
app.MapRubricsApi();
app.MapReviewApi().MapFeedbackApi().MapExportsApi();

await app.RunAsync();

/// <summary>Entry point, public so that functional tests can host the API with WebApplicationFactory.</summary>
public partial class Program;
