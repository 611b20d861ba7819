using Grader.Api.Infrastructure;
using Grader.Api.Rubrics;

var builder = WebApplication.CreateBuilder(args);

builder.AddGraderProblemDetails();
builder.AddRubrics();

var app = builder.Build();

app.UseGraderProblemDetails();
app.MapHealthApi();
app.MapRubricsApi();

app.Run();

/// <summary>Entry point, public so that functional tests can host the API with WebApplicationFactory.</summary>
public partial class Program;
