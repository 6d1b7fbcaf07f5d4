using System.Text.Json.Nodes;
using StorageOps.Simulator;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.EventBridge;
using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.Integrations;

namespace StorageOps.Local.Runner;

/// <summary>
/// The engine's optimised service integrations for a local run: <c>events:putEvents</c> reaches the simulator's EventBridge
/// (so what a workflow publishes is in <see cref="EventBridgeBackend.Published"/>), every other one goes to
/// <paramref name="others"/>. The call is made in process, not over the wire: the simulator's request log does not list it,
/// which keeps it out of the per-function IAM check (a state machine's role is not a function's).
/// </summary>
public sealed class SimulatorServiceIntegrations(AwsSimulator simulator, IServiceIntegrationInvoker others) : IServiceIntegrationInvoker
{
    public Task<JsonNode?> InvokeAsync(ServiceIntegrationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (request.Service, request.Action) is ("events", "putEvents")
            ? Task.FromResult<JsonNode?>(PutEvents(request))
            : others.InvokeAsync(request, cancellationToken);
    }

    private JsonObject PutEvents(ServiceIntegrationRequest request)
    {
        if (request.Parameters is not JsonObject parameters || parameters["Entries"] is not JsonArray entries)
        {
            throw new TaskFailedException("EventBridge.ValidationException", "1 validation error detected: Value null at 'entries' failed to satisfy constraint: Member must not be null");
        }

        PutEventsResult result;
        try
        {
            result = simulator.EventBridge.PutEvents(new AccountRegion(request.Account, request.Region), [.. entries.Select(entry => EntryOf(entry, request.ExecutionArn))]);
        }
        catch (EventBridgeException error)
        {
            throw new TaskFailedException($"EventBridge.{error.ErrorCode}", error.Message);
        }

        return new JsonObject
        {
            ["Entries"] = new JsonArray([.. result.Entries.Select(entry => (JsonNode)(entry.Succeeded
                ? new JsonObject { ["EventId"] = entry.EventId }
                : new JsonObject { ["ErrorCode"] = entry.ErrorCode, ["ErrorMessage"] = entry.ErrorMessage }))]),
            ["FailedEntryCount"] = result.FailedEntryCount,
        };
    }

    /// <summary>
    /// A Detail given as JSON (<c>"Detail.$": "$.summary"</c>) is sent as its text, as Step Functions sends it; the execution's
    /// ARN is added to Resources, as Step Functions adds it.
    /// </summary>
    private static PutEventsEntry EntryOf(JsonNode? entry, string executionArn)
    {
        var fields = entry as JsonObject ?? [];
        var detail = fields["Detail"] switch
        {
            null => null,
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            var json => json.ToJsonString(),
        };
        var resources = (fields["Resources"] as JsonArray)?.Select(resource => (string?)resource).OfType<string>().ToList() ?? [];
        resources.Add(executionArn);
        return new PutEventsEntry(
            (string?)fields["Source"],
            (string?)fields["DetailType"],
            detail,
            (string?)fields["EventBusName"],
            resources,
            fields["Time"] is JsonValue time && time.TryGetValue<string>(out var timeText) && DateTimeOffset.TryParse(timeText, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : null);
    }
}
