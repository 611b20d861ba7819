using System.Text.Json.Serialization;

namespace Grader.Api.Common;

/// <summary>How the API writes and reads JSON: camelCase (the web default) and enums by name, never by number.</summary>
internal static class JsonConventions
{
    public static void AddGraderJson(this WebApplicationBuilder builder) =>
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
}
