using System.Reflection;
using System.Text.Json;
using StorageOps.Aws;
using StorageOps.Aws.DocDbElastic;
using StorageOps.Aws.Efs;
using StorageOps.Aws.Rds;
using StorageOps.Aws.StepFunctions;

namespace StorageOps.Local.Api;

/// <summary>
/// One service of <c>storageops api</c>: its client, the interface whose <c>{Operation}Async</c> methods are its
/// operations, and the member naming its model uses on input and output.
/// </summary>
public sealed record ApiService(string Name, Type ClientInterface, Func<AwsClientSettings, object> CreateClient, JsonNamingPolicy? MemberNaming)
{
    public static IReadOnlyList<ApiService> All { get; } =
    [
        new("efs", typeof(IEfsClient), settings => new EfsClient(settings), null),
        new("rds", typeof(IRdsClient), settings => new RdsClient(settings), null),
        new("docdb-elastic", typeof(IDocDbElasticClient), settings => new DocDbElasticClient(settings), JsonNamingPolicy.CamelCase),
        new("sfn", typeof(IStepFunctionsClient), settings => new StepFunctionsClient(settings), JsonNamingPolicy.CamelCase),
    ];

    /// <summary>Operation name → the client method that performs it (one request record and a cancellation token).</summary>
    public IReadOnlyDictionary<string, MethodInfo> Operations { get; } = ClientInterface.GetMethods()
        .Where(method => method.Name.EndsWith("Async", StringComparison.Ordinal)
            && typeof(Task).IsAssignableFrom(method.ReturnType)
            && method.GetParameters() is [_, { ParameterType: var token }] && token == typeof(CancellationToken))
        .ToDictionary(method => method.Name[..^"Async".Length], StringComparer.Ordinal);

    public static ApiService Find(string name) =>
        All.FirstOrDefault(service => service.Name == name)
            ?? throw new Cli.UsageException($"Unknown service '{name}'; expected one of {string.Join(", ", All.Select(service => service.Name))}.");
}
