using Grader.Api.Access;
using Grader.Api.Audit;
using Grader.Api.Calibration;
using Grader.Api.Dossiers;
using Grader.Api.Common;
using Grader.Api.DataRights;
using Grader.Api.Identity;
using Grader.Api.Infrastructure;
using Grader.Api.Exports;
using Grader.Api.Feedback;
using Grader.Api.Persistence;
using Grader.Api.Processing;
using Grader.Api.ModelProviders;
using Grader.Api.Review;
using Grader.Api.Rubrics;
using Grader.Api.Sessions;
using Grader.Api.Users;

var builder = WebApplication.CreateBuilder(args);

builder.UseGraderDefaultUrl();
builder.AddGraderProblemDetails();
builder.AddGraderJson();
builder.AddGraderTelemetry();
builder.AddGraderRequestLogging();
builder.AddGraderOpenApi();
builder.AddGraderHealth();
builder.AddGraderRateLimiting();
builder.AddRubrics();
builder.AddGuidelines();
builder.AddGraderPersistence();
builder.AddGraderIdentity();
builder.AddGraderAntiforgery();
builder.AddAccountFreshness();
builder.AddResourceAccess();
builder.AddAuditTrail();
builder.AddSessions();
builder.AddDossiers();
builder.AddGraderProcessing();
builder.AddReviewWorkflow();
builder.AddSessionAgreement();
builder.AddDataRights();
builder.AddProviderSettings();

var app = builder.Build();

await app.MigrateGraderDatabaseAsync();
await app.SeedGraderIdentityAsync();

app.UseGraderProblemDetails();
app.UseGraderWebApplication();
app.UseGraderRequestLogging();
app.UseAuthentication();
app.UseAccountFreshness();
app.UseGraderAntiforgery();
app.UseGraderRateLimiting();
app.UseAuthorization();
app.MapGraderOpenApi();
app.MapGraderHealth();
app.MapAuthApi();
app.MapAntiforgeryTokenApi();
app.MapUsersApi();
app.MapSessionsApi();
app.MapCandidateDirectoryApi();
app.MapDossiersApi();
app.MapDossierFilesApi();
app.MapAuditApi();
app.MapRubricsApi();
app.MapGuidelinesApi();
app.MapReviewApi().MapFeedbackApi().MapExportsApi();
app.MapDataRightsApi();
app.MapSessionAgreementApi();
app.MapProvidersApi();

await app.RunAsync();

/// <summary>Entry point, public so that functional tests can host the API with WebApplicationFactory.</summary>
public partial class Program;
