using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Integrations;
using StorageOps.StatesLanguage.Paths;

namespace StorageOps.StatesLanguage.Tasks;

/// <summary>sns:publish, events:putEvents and states:startExecution through the engine's <see cref="IServiceIntegrationInvoker"/>.</summary>
internal sealed class ServiceIntegration : TaskIntegration
{
    public static ServiceIntegration Instance { get; } = new();

    public override async Task<JsonNode?> RunAsync(TaskRequest request)
    {
        var context = request.Context;
        var (service, action) = request.Resource.ServiceAction;
        context.Emit(HistoryEventType.TaskScheduled, new TaskScheduledEventDetails(
            service, action, context.Region, JsonValues.Serialize(request.Parameters), request.TimeoutSeconds, request.HeartbeatSeconds));
        context.Emit(HistoryEventType.TaskStarted, new TaskStartedEventDetails(service, action));
        var call = new ServiceIntegrationRequest(request.Resource.Arn, service, action, JsonValues.Copy(request.Parameters), context.Region,
            context.Run.Account, context.Run.ExecutionArn, context.StateName);

        JsonNode? result;
        try
        {
            result = await WithTimeoutAsync(request, token => context.Run.ServiceInvoker.InvokeAsync(call, token));
        }
        catch (TaskTimedOutException timeout)
        {
            context.Emit(HistoryEventType.TaskTimedOut, new TaskFailedEventDetails(service, action, timeout.Error, timeout.Message));
            throw new StateFailedException(timeout.Error, timeout.Message);
        }
        catch (TaskFailedException failure)
        {
            context.Emit(HistoryEventType.TaskFailed, new TaskFailedEventDetails(service, action, failure.Error, failure.Cause));
            throw new StateFailedException(failure.Error, failure.Cause);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            var cause = exception.Message;
            context.Emit(HistoryEventType.TaskFailed, new TaskFailedEventDetails(service, action, StatesErrorNames.TaskFailed, cause));
            throw new StateFailedException(StatesErrorNames.TaskFailed, cause);
        }

        context.Emit(HistoryEventType.TaskSucceeded, new TaskSucceededEventDetails(service, action, JsonValues.Serialize(result)));
        return result;
    }
}
