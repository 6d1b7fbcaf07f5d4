using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;

namespace StorageOps.StatesLanguage.Tasks;

/// <summary>A resource the engine recognises as an ARN but cannot run yet: the execution fails with a message naming it.</summary>
internal sealed class UnsupportedResourceIntegration : TaskIntegration
{
    public static UnsupportedResourceIntegration Instance { get; } = new();

    public override Task<JsonNode?> RunAsync(TaskRequest request) =>
        throw StateFailedException.Runtime(
            $"State '{request.Context.StateName}': resource '{request.Resource.Arn}' is not supported yet "
            + $"(supported: '{TaskResource.LambdaInvokeArn}', 'arn:aws:lambda:REGION:ACCOUNT:function:NAME', {string.Join(", ", TaskResource.ServiceIntegrationArns.Select(arn => $"'{arn}'"))}; a mock configuration can answer any other resource)");
}
