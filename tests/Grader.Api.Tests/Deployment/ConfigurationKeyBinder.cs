using System.Reflection;

namespace Grader.Api.Tests.Deployment;

/// <summary>
/// Tells whether a configuration key (<c>Grader:Index:QdrantUrl</c>, or its environment form
/// <c>Grader__Index__QdrantUrl</c>) names a real, settable property of one of the service's options classes. The
/// options classes are found by convention: a public <c>const string SectionName</c> starting with <c>Grader:</c>,
/// in the assemblies of the service, the pipeline and the persistence.
/// </summary>
internal static class ConfigurationKeyBinder
{
    public static IReadOnlyDictionary<string, Type> Sections { get; } = FindSections();

    public static bool TryBind(string key, out string explanation)
    {
        var path = key.Replace("__", ":", StringComparison.Ordinal);
        var section = Sections.Keys
            .Where(s => path.StartsWith(s + ":", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(s => s.Length)
            .FirstOrDefault();
        if (section is null)
        {
            explanation = $"{key}: no options class has a section that starts this key (known: {string.Join(", ", Sections.Keys.Order())})";
            return false;
        }

        var type = Sections[section];
        foreach (var segment in path[(section.Length + 1)..].Split(':'))
        {
            // The configuration binder matches property names without regard to case.
            var property = type.GetProperty(segment, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || !property.CanWrite && IsLeaf(property.PropertyType))
            {
                explanation = $"{key}: {type.Name} has no settable property « {segment} »";
                return false;
            }

            type = property.PropertyType;
        }

        if (!IsLeaf(type))
        {
            explanation = $"{key}: names the object {type.Name}, not a value";
            return false;
        }

        explanation = $"{key} → {Sections[section].Name}";
        return true;
    }

    private static bool IsLeaf(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal)
            || underlying == typeof(TimeSpan) || underlying == typeof(DateTimeOffset) || underlying == typeof(DateTime) || underlying == typeof(Uri);
    }

    private static Dictionary<string, Type> FindSections()
    {
        var assemblies = new[]
        {
            typeof(Program).Assembly,
            typeof(Grader.Pipeline.Indexing.IndexOptions).Assembly,
            typeof(Grader.Persistence.DatabaseOptions).Assembly,
        };
        var sections = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()).Where(t => t.IsClass && !t.IsAbstract))
        {
            if (type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
                && field.GetRawConstantValue() is string name && name.StartsWith("Grader:", StringComparison.Ordinal))
            {
                sections.Add(name, type);
            }
        }

        return sections;
    }
}
