using System.Reflection;
using Qdrant.Client;

namespace Grader.Pipeline.Tests.Indexing;

/// <summary>
/// An <see cref="IQdrantClient"/> for tests without a server: records every call with its arguments and
/// answers from handlers registered per method name. IQdrantClient has about a hundred methods, so a
/// <see cref="DispatchProxy"/> stands in for all of them; an unexpected call fails the test loudly.
/// </summary>
public class FakeQdrantClient : DispatchProxy
{
    public List<(string Method, Dictionary<string, object?> Arguments)> Calls { get; } = [];

    public Dictionary<string, Func<Dictionary<string, object?>, object?>> Handlers { get; } = [];

    public static (IQdrantClient Client, FakeQdrantClient Fake) Create()
    {
        var client = Create<IQdrantClient, FakeQdrantClient>();
        return (client, (FakeQdrantClient)(object)client);
    }

    public IReadOnlyList<Dictionary<string, object?>> CallsTo(string method) =>
        Calls.Where(c => c.Method == method).Select(c => c.Arguments).ToList();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var parameters = targetMethod.GetParameters();
        var arguments = parameters.Select((p, i) => (p.Name!, args![i])).ToDictionary(x => x.Item1, x => x.Item2);
        Calls.Add((targetMethod.Name, arguments));

        if (!Handlers.TryGetValue(targetMethod.Name, out var handler))
        {
            throw new InvalidOperationException($"Unexpected Qdrant call: {targetMethod.Name}");
        }

        var result = handler(arguments);
        if (result is Exception exception)
        {
            return FromException(targetMethod.ReturnType, exception);
        }

        if (targetMethod.ReturnType == typeof(Task))
        {
            return Task.CompletedTask;
        }

        var resultType = targetMethod.ReturnType.GetGenericArguments()[0];
        return typeof(Task).GetMethod(nameof(Task.FromResult))!.MakeGenericMethod(resultType).Invoke(null, [result]);
    }

    private static object FromException(Type returnType, Exception exception)
    {
        if (returnType == typeof(Task))
        {
            return Task.FromException(exception);
        }

        var resultType = returnType.GetGenericArguments()[0];
        var method = typeof(Task).GetMethods().Single(m => m.Name == nameof(Task.FromException) && m.IsGenericMethod);
        return method.MakeGenericMethod(resultType).Invoke(null, [exception])!;
    }
}
