using StorageOps.Aws;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Logging;

namespace StorageOps.Functions.Composition;

/// <summary>
/// What one function starts with: its environment variables (in AWS, the function's Environment.Variables plus what
/// Lambda sets, such as AWS_REGION; locally the same, read from template.yaml), whose clock it is, and how its clients
/// reach AWS apart from the region (endpoint override, credentials; null members = AWSSDK.Core's defaults).
/// </summary>
public sealed record FunctionEnvironment(IReadOnlyDictionary<string, string> Variables, TimeProvider Time, AwsClientSettings Aws)
{
    public const string RegionVariable = "AWS_REGION";

    /// <summary>The region the function runs in; its clients call this region unless told another.</summary>
    public string Region => Required(RegionVariable);

    /// <summary>Where the function's structured log lines go: standard output in Lambda (CloudWatch Logs), the local runner's log when run locally.</summary>
    public TextWriter Log { get; init; } = Console.Out;

    /// <summary>This function's structured logger (writes to <see cref="Log"/>); the invocation's keys come with each line.</summary>
    public FunctionLogger Logger => new(Log, Time, Variables);

    public string Required(string name) =>
        Variables.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new ConfigurationException($"Environment variable {name} is not set.");
}
