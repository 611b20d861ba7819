using Grader.Persistence;

namespace Grader.Api.Tests.Persistence;

public sealed class DatabaseOptionsValidatorTests
{
    private readonly DatabaseOptionsValidator _validator = new();

    [Fact]
    public void Sqlite_is_the_default_and_needs_no_connection_string() =>
        Assert.True(_validator.Validate(null, new DatabaseOptions()).Succeeded);

    [Fact]
    public void An_unknown_provider_is_refused_in_french()
    {
        var result = _validator.Validate(null, new DatabaseOptions { Provider = "mysql" });

        Assert.Contains("valeurs possibles : sqlite, postgresql", result.FailureMessage);
    }

    [Fact]
    public void Postgresql_without_a_connection_string_is_refused_in_french()
    {
        var result = _validator.Validate(null, new DatabaseOptions { Provider = "PostgreSQL" });

        Assert.Contains("Grader:Database:ConnectionString est obligatoire avec PostgreSQL", result.FailureMessage);
    }
}
