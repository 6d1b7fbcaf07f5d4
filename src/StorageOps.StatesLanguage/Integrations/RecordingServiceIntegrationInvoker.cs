using System.Globalization;
using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.Intrinsics;
using StorageOps.StatesLanguage.Paths;
using StorageOps.StatesLanguage.Time;

namespace StorageOps.StatesLanguage.Integrations;

/// <summary>
/// Records every sns:publish, events:putEvents and states:startExecution call in memory and answers as the services
/// would (MessageId; Entries and FailedEntryCount; ExecutionArn and StartDate), with reproducible ids. Nothing is sent.
/// </summary>
public sealed class RecordingServiceIntegrationInvoker(TimeProvider clock) : IServiceIntegrationInvoker
{
    private readonly Lock _gate = new();
    private readonly Random _ids = new(0);
    private readonly List<ServiceIntegrationRequest> _calls = [];

    public IReadOnlyList<ServiceIntegrationRequest> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    public Task<JsonNode?> InvokeAsync(ServiceIntegrationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate)
        {
            _calls.Add(request);
            JsonNode? response = (request.Service, request.Action) switch
            {
                ("sns", "publish") => Publish(request),
                ("events", "putEvents") => PutEvents(request),
                ("states", "startExecution") => StartExecution(request),
                _ => throw new TaskFailedException(StatesErrorNames.Runtime, $"'{request.Resource}' is not a service integration this invoker knows"),
            };
            return Task.FromResult<JsonNode?>(response);
        }
    }

    private JsonObject Publish(ServiceIntegrationRequest request)
    {
        var parameters = request.Parameters as JsonObject;
        if (parameters is null || !(parameters.ContainsKey("TopicArn") || parameters.ContainsKey("TargetArn") || parameters.ContainsKey("PhoneNumber")))
        {
            throw new TaskFailedException("SNS.InvalidParameterException", "Invalid parameter: TopicArn or TargetArn or PhoneNumber is required");
        }

        if (!parameters.ContainsKey("Message"))
        {
            throw new TaskFailedException("SNS.InvalidParameterException", "Invalid parameter: Message is required");
        }

        return WithMetadata(new JsonObject { ["MessageId"] = NewId() });
    }

    private JsonObject PutEvents(ServiceIntegrationRequest request)
    {
        if (request.Parameters is not JsonObject parameters || parameters["Entries"] is not JsonArray entries || entries.Count == 0)
        {
            throw new TaskFailedException("EventBridge.ValidationException", "1 validation error detected: Value null at 'entries' failed to satisfy constraint: Member must not be null");
        }

        return WithMetadata(new JsonObject
        {
            ["Entries"] = new JsonArray([.. entries.Select(_ => (JsonNode)new JsonObject { ["EventId"] = NewId() })]),
            ["FailedEntryCount"] = 0,
        });
    }

    private JsonObject StartExecution(ServiceIntegrationRequest request)
    {
        if (request.Parameters is not JsonObject parameters || !JsonValues.TryGetString(parameters["StateMachineArn"], out var stateMachineArn))
        {
            throw new TaskFailedException("StepFunctions.InvalidArnException", "Invalid Arn: StateMachineArn is required");
        }

        var name = JsonValues.TryGetString(parameters["Name"], out var given) ? given : NewId();
        var parts = stateMachineArn.Split(':');
        var executionArn = parts.Length > 6
            ? string.Join(':', parts[..5]) + $":execution:{parts[6]}:{name}"
            : $"{stateMachineArn}:{name}";
        return WithMetadata(new JsonObject
        {
            ["ExecutionArn"] = executionArn,
            ["StartDate"] = Rfc3339Timestamp.Format(clock.GetUtcNow()),
        });
    }

    private JsonObject WithMetadata(JsonObject response)
    {
        var requestId = NewId();
        response["SdkHttpMetadata"] = new JsonObject
        {
            ["HttpHeaders"] = new JsonObject { ["Content-Type"] = "application/x-amz-json-1.1", ["x-amzn-RequestId"] = requestId },
            ["HttpStatusCode"] = 200,
        };
        response["SdkResponseMetadata"] = new JsonObject { ["RequestId"] = requestId };
        return response;
    }

    private string NewId() => IntrinsicFunctionLibrary.NewVersion4Uuid(_ids).ToString(CultureInfo.InvariantCulture);
}
