using Grader.Api.Infrastructure;
using Grader.Api.Persistence;
using Grader.Api.Rubrics;

var builder = WebApplication.CreateBuilder(args);

builder.UseGraderDefaultUrl();
builder.AddGraderProblemDetails();
builder.AddGraderTelemetry();
builder.AddGraderRequestLogging();
builder.AddGraderOpenApi();
builder.AddGraderHealth();
builder.AddGraderRateLimiting();
builder.AddRubrics();
builder.AddGraderPersistence();

var app = builder.Build();

await app.MigrateGraderDatabaseAsync();

app.UseGraderProblemDetails();
app.UseGraderRequestLogging();
app.UseGraderRateLimiting();
app.MapGraderOpenApi();
app.MapGraderHealth();
app.MapRubricsApi();

await app.RunAsync();

/// <summary>Entry point, public so that functional tests can host the API with WebApplicationFactory.</summary>
public partial class Program;
