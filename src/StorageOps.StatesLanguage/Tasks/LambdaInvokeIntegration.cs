using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Lambda;
using StorageOps.StatesLanguage.Paths;

namespace StorageOps.StatesLanguage.Tasks;

/// <summary>
/// arn:aws:states:::lambda:invoke: Parameters carry FunctionName and Payload; the result is the Invoke response
/// <c>{"ExecutedVersion","Payload","StatusCode"}</c>; a function error fails the state with its error type.
/// </summary>
internal sealed class LambdaInvokeIntegration : TaskIntegration
{
    private const string ResourceType = "lambda";
    private const string Resource = "invoke";

    public static LambdaInvokeIntegration Instance { get; } = new();

    public override async Task<JsonNode?> RunAsync(TaskRequest request)
    {
        var context = request.Context;
        context.Emit(HistoryEventType.TaskScheduled, new TaskScheduledEventDetails(
            ResourceType, Resource, context.Region, JsonValues.Serialize(request.Parameters), request.TimeoutSeconds, request.HeartbeatSeconds));
        context.Emit(HistoryEventType.TaskStarted, new TaskStartedEventDetails(ResourceType, Resource));

        if (request.Parameters is not JsonObject parameters || !JsonValues.TryGetString(parameters["FunctionName"], out var functionName))
        {
            return Fail(context, new StateFailedException(StatesErrorNames.Runtime,
                $"State '{context.StateName}': Parameters for {TaskResource.LambdaInvokeArn} must contain a string FunctionName"));
        }

        LambdaInvocationResult result;
        try
        {
            var payload = parameters.TryGetPropertyValue("Payload", out var value) ? JsonValues.Copy(value) : null;
            result = await WithTimeoutAsync(request, token => context.LambdaInvoker.InvokeAsync(functionName, payload, token));
        }
        catch (TaskTimedOutException timeout)
        {
            context.Emit(HistoryEventType.TaskTimedOut, new TaskFailedEventDetails(ResourceType, Resource, timeout.Error, timeout.Message));
            throw new StateFailedException(timeout.Error, timeout.Message);
        }
        catch (TaskFailedException failure)
        {
            return Fail(context, new StateFailedException(failure.Error, failure.Cause));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            return Fail(context, LambdaErrors.FromUnexpected(exception));
        }

        if (result.FunctionError is not null)
        {
            return Fail(context, LambdaErrors.FromFunctionError(result));
        }

        var response = new JsonObject
        {
            ["ExecutedVersion"] = "$LATEST",
            ["Payload"] = JsonValues.Copy(result.Payload),
            ["StatusCode"] = 200,
        };
        context.Emit(HistoryEventType.TaskSucceeded, new TaskSucceededEventDetails(ResourceType, Resource, JsonValues.Serialize(response)));
        return response;
    }

    private static JsonNode? Fail(Execution.StateContext context, StateFailedException failure)
    {
        context.Emit(HistoryEventType.TaskFailed, new TaskFailedEventDetails(ResourceType, Resource, failure.Error, failure.Cause));
        throw failure;
    }
}
