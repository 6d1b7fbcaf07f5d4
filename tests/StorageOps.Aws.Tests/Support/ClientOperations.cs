using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text.Json;

namespace StorageOps.Aws.Tests.Support;

/// <summary>
/// The operations of a client interface, found as <c>storageops api</c> finds them (every <c>{Operation}Async(request,
/// CancellationToken)</c> method), so a new operation is covered by the tests that enumerate them without being listed.
/// </summary>
internal static class ClientOperations
{
    public static IReadOnlyDictionary<string, MethodInfo> Of(Type clientInterface) => clientInterface.GetMethods()
        .Where(method => method.Name.EndsWith("Async", StringComparison.Ordinal)
            && typeof(Task).IsAssignableFrom(method.ReturnType)
            && method.GetParameters() is [_, { ParameterType: var token }] && token == typeof(CancellationToken))
        .ToDictionary(method => method.Name[..^"Async".Length], StringComparer.Ordinal);

    public static TheoryData<string> NamesOf(Type clientInterface) => [.. Of(clientInterface).Keys.Order(StringComparer.Ordinal)];

    /// <summary>Calls <paramref name="operation"/> with <paramref name="inputJson"/> read into its request record; returns the output (null for none).</summary>
    public static async Task<object?> InvokeAsync(object client, Type clientInterface, string operation, string inputJson, JsonSerializerOptions? memberNames = null)
    {
        var method = Of(clientInterface)[operation];
        var request = JsonSerializer.Deserialize(inputJson, method.GetParameters()[0].ParameterType, memberNames)
            ?? throw new ArgumentException("null input", nameof(inputJson));
        using var timeout = new CancellationTokenSource(Bounded.Call);
        Task task;
        try
        {
            task = (Task)method.Invoke(client, [request, timeout.Token])!;
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(invocation.InnerException).Throw();
            throw;
        }

        await task.WithinAsync(Bounded.Call, $"{clientInterface.Name}.{operation}Async");
        return method.ReturnType.IsGenericType ? method.ReturnType.GetProperty("Result")!.GetValue(task) : null;
    }
}
