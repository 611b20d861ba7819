var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
app.Run();

/// <summary>Entry point, public so that functional tests can host the API with WebApplicationFactory.</summary>
public partial class Program;
