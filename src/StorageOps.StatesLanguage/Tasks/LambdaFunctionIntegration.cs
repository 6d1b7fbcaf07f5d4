using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Lambda;
using StorageOps.StatesLanguage.Paths;

namespace StorageOps.StatesLanguage.Tasks;

/// <summary>A plain function ARN resource: the effective input is the payload and the function's response is the result.</summary>
internal sealed class LambdaFunctionIntegration : TaskIntegration
{
    public static LambdaFunctionIntegration Instance { get; } = new();

    public override async Task<JsonNode?> RunAsync(TaskRequest request)
    {
        var context = request.Context;
        var arn = request.Resource.Arn;
        context.Emit(HistoryEventType.LambdaFunctionScheduled,
            new LambdaFunctionScheduledEventDetails(arn, JsonValues.Serialize(request.Parameters), request.TimeoutSeconds));
        context.Emit(HistoryEventType.LambdaFunctionStarted, null);

        LambdaInvocationResult result;
        try
        {
            result = await WithTimeoutAsync(request, token => context.LambdaInvoker.InvokeAsync(arn, JsonValues.Copy(request.Parameters), token));
        }
        catch (TaskTimedOutException timeout)
        {
            context.Emit(HistoryEventType.LambdaFunctionTimedOut, new LambdaFunctionFailedEventDetails(timeout.Error, timeout.Message));
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

        context.Emit(HistoryEventType.LambdaFunctionSucceeded, new LambdaFunctionSucceededEventDetails(JsonValues.Serialize(result.Payload)));
        return JsonValues.Copy(result.Payload);
    }

    private static JsonNode? Fail(Execution.StateContext context, StateFailedException failure)
    {
        context.Emit(HistoryEventType.LambdaFunctionFailed, new LambdaFunctionFailedEventDetails(failure.Error, failure.Cause));
        throw failure;
    }
}
