using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Paths;
using StorageOps.StatesLanguage.Tasks;

namespace StorageOps.StatesLanguage.Mocking;

/// <summary>
/// Answers a Task state from its mocked response instead of invoking anything, with the history events of the real
/// integration. As in Step Functions Local: for <c>lambda:invoke</c> (and other optimised integrations) the mocked
/// Return is the whole service response and becomes the task result as it is; for a plain function ARN the result is
/// Return's Payload; Throw fails the attempt with exactly that error and cause.
/// </summary>
internal sealed class MockedTaskIntegration(MockedResponse response) : TaskIntegration
{
    public override Task<JsonNode?> RunAsync(TaskRequest request)
    {
        var context = request.Context;
        var invocation = context.Run.MockCounters.Next(context.StateName);
        var isFunctionArn = request.Resource.Kind == TaskResourceKind.LambdaFunction;
        var (service, action) = ServiceAction(request.Resource.Arn);
        if (isFunctionArn)
        {
            context.Emit(HistoryEventType.LambdaFunctionScheduled,
                new LambdaFunctionScheduledEventDetails(request.Resource.Arn, JsonValues.Serialize(request.Parameters), request.TimeoutSeconds));
            context.Emit(HistoryEventType.LambdaFunctionStarted, null);
        }
        else
        {
            context.Emit(HistoryEventType.TaskScheduled, new TaskScheduledEventDetails(
                service, action, context.Region, JsonValues.Serialize(request.Parameters), request.TimeoutSeconds, request.HeartbeatSeconds));
            context.Emit(HistoryEventType.TaskStarted, new TaskStartedEventDetails(service, action));
        }

        var outcome = response.ForInvocation(invocation)
            ?? new MockedOutcome(null, StatesErrorNames.Runtime,
                $"State '{context.StateName}': mocked response '{response.Name}' defines no outcome for invocation {invocation} (invocations are counted from 0)");
        if (outcome.Throws)
        {
            if (isFunctionArn)
            {
                context.Emit(HistoryEventType.LambdaFunctionFailed, new LambdaFunctionFailedEventDetails(outcome.Error, outcome.Cause));
            }
            else
            {
                context.Emit(HistoryEventType.TaskFailed, new TaskFailedEventDetails(service, action, outcome.Error!, outcome.Cause));
            }

            throw new StateFailedException(outcome.Error!, outcome.Cause);
        }

        var result = isFunctionArn
            ? (outcome.Return is JsonObject returned ? JsonValues.Copy(returned["Payload"]) : null)
            : JsonValues.Copy(outcome.Return);
        if (isFunctionArn)
        {
            context.Emit(HistoryEventType.LambdaFunctionSucceeded, new LambdaFunctionSucceededEventDetails(JsonValues.Serialize(result)));
        }
        else
        {
            context.Emit(HistoryEventType.TaskSucceeded, new TaskSucceededEventDetails(service, action, JsonValues.Serialize(result)));
        }

        return Task.FromResult(result);
    }

    private static (string Service, string Action) ServiceAction(string arn)
    {
        const string prefix = "arn:aws:states:::";
        if (!arn.StartsWith(prefix, StringComparison.Ordinal))
        {
            return ("lambda", "invoke");
        }

        var parts = arn[prefix.Length..].Split(':');
        return (parts[0], parts.Length > 1 ? parts[1] : string.Empty);
    }
}
