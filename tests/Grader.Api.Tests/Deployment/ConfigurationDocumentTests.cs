using System.Reflection;
using System.Text.RegularExpressions;

namespace Grader.Api.Tests.Deployment;

/// <summary>docs/configuration.md lists every option of the service, and only real ones.</summary>
public sealed partial class ConfigurationDocumentTests
{
    private static readonly string Document = File.ReadAllText(RepositoryFiles.PathOf("docs/configuration.md"));

    [Fact]
    public void Every_documented_grader_key_binds_to_an_option()
    {
        var keys = DocumentedKey().Matches(Document).Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(keys);
        var failures = keys.Select(k => (Bound: ConfigurationKeyBinder.TryBind(k, out var why), Why: why)).Where(r => !r.Bound).Select(r => r.Why).ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Every_option_is_documented_with_its_environment_variable()
    {
        var missing = ConfigurationKeyBinder.Sections
            .SelectMany(section => LeafKeys(section.Key, section.Value))
            .Where(key => !Document.Contains($"| `{key}` | `{key.Replace(":", "__", StringComparison.Ordinal)}` |", StringComparison.Ordinal))
            .ToList();

        Assert.True(missing.Count == 0, "Not in docs/configuration.md: " + string.Join(", ", missing));
    }

    private static IEnumerable<string> LeafKeys(string prefix, Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var key = $"{prefix}:{property.Name}";
            if (ConfigurationKeyBinder.TryBind(key, out _))
            {
                yield return key;
            }
            else if (property.PropertyType.IsClass && property.PropertyType != typeof(string) && property.CanRead)
            {
                foreach (var nested in LeafKeys(key, property.PropertyType))
                {
                    yield return nested;
                }
            }
        }
    }

    [GeneratedRegex(@"^\| `(Grader:[A-Za-z:]+)` \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedKey();
}
