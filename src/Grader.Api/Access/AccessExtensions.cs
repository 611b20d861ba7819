namespace Grader.Api.Access;

internal static class AccessExtensions
{
    public static void AddResourceAccess(this WebApplicationBuilder builder) =>
        builder.Services.AddScoped<IResourceAccess, ResourceAccess>();
}
