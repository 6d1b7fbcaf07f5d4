using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.Integrations;

/// <summary>
/// Runs the optimised service integrations other than Lambda: <c>sns:publish</c>, <c>events:putEvents</c> and
/// <c>states:startExecution</c>. The result is the service's response as Step Functions passes it to the state
/// (e.g. <c>{"MessageId": ...}</c>). A service error is thrown as <see cref="Errors.TaskFailedException"/> with the
/// name Step Functions gives it (e.g. "SNS.NotFoundException").
/// </summary>
public interface IServiceIntegrationInvoker
{
    Task<JsonNode?> InvokeAsync(ServiceIntegrationRequest request, CancellationToken cancellationToken);
}
