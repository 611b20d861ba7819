using YamlDotNet.RepresentationModel;

namespace Grader.Api.Tests.Deployment;

/// <summary>
/// compose.yaml configures the service only through environment variables: each <c>Grader__…</c> key it sets must
/// bind to a real option, so renaming an option without updating the file fails here.
/// </summary>
public sealed class ComposeFileTests
{
    private static readonly YamlMappingNode Services = LoadServices();

    [Fact]
    public void Every_grader_key_set_in_compose_binds_to_an_option_of_the_service()
    {
        var keys = EnvironmentOf("grader").Keys.Where(k => k.StartsWith("Grader__", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(keys);
        var failures = keys.Select(k => (Bound: ConfigurationKeyBinder.TryBind(k, out var why), Why: why)).Where(r => !r.Bound).Select(r => r.Why).ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void The_binder_refuses_a_misspelt_key()
    {
        Assert.True(ConfigurationKeyBinder.TryBind("Grader__Index__QdrantUrl", out _));
        Assert.True(ConfigurationKeyBinder.TryBind("Grader__RateLimits__Upload__Window", out _));
        Assert.False(ConfigurationKeyBinder.TryBind("Grader__Index__Qdrant__Url", out _));
        Assert.False(ConfigurationKeyBinder.TryBind("Grader__Databse__Provider", out _));
        Assert.False(ConfigurationKeyBinder.TryBind("Grader__RateLimits__Upload", out _));
    }

    [Fact]
    public void The_service_reaches_postgres_and_qdrant_by_their_compose_names_and_waits_for_postgres()
    {
        var environment = EnvironmentOf("grader");

        Assert.Equal("postgresql", environment["Grader__Database__Provider"]);
        Assert.Contains("Host=postgres;", environment["Grader__Database__ConnectionString"], StringComparison.Ordinal);
        Assert.Equal("qdrant", environment["Grader__Index__Provider"]);
        Assert.Equal("qdrant", new Uri(environment["Grader__Index__QdrantUrl"]).Host);
        Assert.Equal(6334, new Uri(environment["Grader__Index__QdrantUrl"]).Port);
        Assert.True(Services.Children.ContainsKey("postgres"));
        Assert.True(Services.Children.ContainsKey("qdrant"));

        var dependsOn = (YamlMappingNode)Service("grader")["depends_on"];
        Assert.Equal("service_healthy", ((YamlScalarNode)((YamlMappingNode)dependsOn["postgres"])["condition"]).Value);
        var postgresCheck = string.Join(" ", ((YamlSequenceNode)((YamlMappingNode)Service("postgres")["healthcheck"])["test"]).Select(n => ((YamlScalarNode)n).Value));
        Assert.Contains("pg_isready", postgresCheck, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_are_pinned_and_the_service_probes_its_liveness_route()
    {
        Assert.Matches(@"^postgres:\d+", Scalar(Service("postgres"), "image"));
        Assert.Matches(@"^qdrant/qdrant:v\d+\.\d+\.\d+$", Scalar(Service("qdrant"), "image"));
        var graderCheck = string.Join(" ", ((YamlSequenceNode)((YamlMappingNode)Service("grader")["healthcheck"])["test"]).Select(n => ((YamlScalarNode)n).Value));
        Assert.Contains("/health/live", graderCheck, StringComparison.Ordinal);
        Assert.Contains("8080", graderCheck, StringComparison.Ordinal);
        Assert.Equal("8080", EnvironmentOf("grader")["ASPNETCORE_HTTP_PORTS"]);
    }

    [Fact]
    public void The_dockerfile_copies_projects_that_exist_and_serves_on_the_compose_port()
    {
        var dockerfile = File.ReadAllLines(RepositoryFiles.PathOf("Dockerfile"));

        var copied = dockerfile.Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from", StringComparison.Ordinal))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1]);
        Assert.All(copied, source => Assert.True(File.Exists(RepositoryFiles.PathOf(source)) || Directory.Exists(RepositoryFiles.PathOf(source)), $"Dockerfile copies missing {source}"));
        Assert.Contains(dockerfile, l => l.Trim() == "EXPOSE 8080");
        Assert.Contains(dockerfile, l => l.Contains("tesseract-ocr-fra", StringComparison.Ordinal) && l.Contains("poppler-utils", StringComparison.Ordinal));
        Assert.Contains(dockerfile, l => l.StartsWith("USER ", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> EnvironmentOf(string service)
    {
        var node = Service(service)["environment"];
        return node switch
        {
            YamlMappingNode map => map.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value ?? string.Empty),
            YamlSequenceNode list => list.Select(n => ((YamlScalarNode)n).Value!.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : string.Empty),
            _ => throw new InvalidOperationException($"environment of {service} is neither a mapping nor a list"),
        };
    }

    private static YamlMappingNode Service(string name) => (YamlMappingNode)Services[name];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    private static YamlMappingNode LoadServices()
    {
        using var reader = new StringReader(File.ReadAllText(RepositoryFiles.PathOf("compose.yaml")));
        var yaml = new YamlStream();
        yaml.Load(reader);
        return (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"];
    }
}
