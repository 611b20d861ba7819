using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;

namespace Grader.Pipeline.Ingestion.OpenXml;

/// <summary>
/// Reads the document properties shared by all Office formats. Title, author and producer feed the
/// document header; every other text-bearing field goes to <see cref="DocumentMetadata.OtherFields"/> so the
/// ingestor can scan it for hidden text without it ever reaching the evaluated text.
/// </summary>
internal static class OfficeMetadataReader
{
    public static DocumentMetadata Read(OpenXmlPackage package, int pageCount)
    {
        var core = package.PackageProperties;
        var others = new Dictionary<string, string>(StringComparer.Ordinal);
        AddIfPresent(others, "Subject", core.Subject);
        AddIfPresent(others, "Keywords", core.Keywords);
        AddIfPresent(others, "Description", core.Description);
        AddIfPresent(others, "Category", core.Category);
        AddIfPresent(others, "LastModifiedBy", core.LastModifiedBy);

        string? application = null;
        var extended = package.GetPartsOfType<ExtendedFilePropertiesPart>().FirstOrDefault();
        if (extended?.Properties is { } app)
        {
            application = Clean(app.Application?.Text);
            AddIfPresent(others, "Company", app.Company?.Text);
            AddIfPresent(others, "Manager", app.Manager?.Text);
        }

        var custom = package.GetPartsOfType<CustomFilePropertiesPart>().FirstOrDefault();
        if (custom?.Properties is { } properties)
        {
            foreach (var property in properties.Elements<CustomDocumentProperty>())
            {
                var name = Clean(property.Name?.Value);
                if (name is not null)
                {
                    // The value is one typed child (vt:lpwstr, vt:i4, vt:filetime...); its text is what a user typed.
                    AddIfPresent(others, $"Custom:{name}", property.FirstChild?.InnerText);
                }
            }
        }

        return new DocumentMetadata
        {
            Title = Clean(core.Title),
            Author = Clean(core.Creator),
            Producer = application,
            PageCount = pageCount,
            OtherFields = others,
        };
    }

    private static void AddIfPresent(Dictionary<string, string> fields, string name, string? value)
    {
        var clean = Clean(value);
        if (clean is not null)
        {
            fields[name] = clean;
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
