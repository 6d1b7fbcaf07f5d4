using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Mocking;
using StorageOps.StatesLanguage.Paths;
using StorageOps.StatesLanguage.Tasks;

namespace StorageOps.StatesLanguage.States;

/// <summary>Runs work through a task integration: InputPath → Parameters → invoke → ResultSelector → ResultPath → OutputPath, under Retry and Catch.</summary>
public sealed class TaskState(
    string name,
    string? comment,
    Transition transition,
    TaskResource resource,
    InputOutputPath inputPath,
    PayloadTemplate? parameters,
    PayloadTemplate? resultSelector,
    ResultPath resultPath,
    InputOutputPath outputPath,
    int? timeoutSeconds,
    JsonPath? timeoutSecondsPath,
    int? heartbeatSeconds,
    RecoveryPolicy recovery,
    JsonPath? heartbeatSecondsPath = null) : State(name, comment)
{
    public override string Type => "Task";

    public Transition Transition { get; } = transition;

    public TaskResource Resource { get; } = resource;

    public RecoveryPolicy Recovery { get; } = recovery;

    internal override HistoryEventType EnteredEventType => HistoryEventType.TaskStateEntered;

    internal override HistoryEventType? ExitedEventType => HistoryEventType.TaskStateExited;

    internal override IEnumerable<(string Field, string Target)> Targets =>
        (Transition.Next is { } next ? [("Next", next)] : Array.Empty<(string, string)>())
            .Concat(Recovery.Catchers.Select((catcher, index) => ($"Catch[{index}].Next", catcher.Next)));

    internal override Task<StateOutcome> ExecuteAsync(StateContext context) => Recovery.RunAsync(context, () => AttemptAsync(context));

    private async Task<StateOutcome> AttemptAsync(StateContext context)
    {
        var effectiveInput = inputPath.Apply(context.RawInput, Name, "InputPath");
        var timeout = ResolveSeconds(timeoutSeconds, timeoutSecondsPath, effectiveInput, "TimeoutSecondsPath");
        var heartbeat = ResolveSeconds(heartbeatSeconds, heartbeatSecondsPath, effectiveInput, "HeartbeatSecondsPath");
        var taskParameters = parameters is null ? effectiveInput : parameters.Evaluate(context.Scope(effectiveInput));
        var request = new TaskRequest(context, Resource, taskParameters, timeout, heartbeat);
        var integration = context.Run.Mocks?.ResponsesByState.GetValueOrDefault(Name) is { } mocked
            ? new MockedTaskIntegration(mocked)
            : Resource.Kind switch
            {
                TaskResourceKind.LambdaInvoke => (TaskIntegration)LambdaInvokeIntegration.Instance,
                TaskResourceKind.LambdaFunction => LambdaFunctionIntegration.Instance,
                TaskResourceKind.ServiceIntegration => ServiceIntegration.Instance,
                _ => UnsupportedResourceIntegration.Instance,
            };
        var result = await integration.RunAsync(request);
        if (resultSelector is not null)
        {
            result = resultSelector.Evaluate(context.Scope(result));
        }

        var output = outputPath.Apply(resultPath.Apply(context.RawInput, result, Name), Name, "OutputPath");
        return new StateOutcome(output, Transition.Next);
    }

    private int? ResolveSeconds(int? literal, JsonPath? path, System.Text.Json.Nodes.JsonNode? effectiveInput, string field)
    {
        if (path is null)
        {
            return literal;
        }

        if (!path.TryEvaluate(effectiveInput, out var value) || !JsonValues.TryGetInteger(value, out var seconds) || seconds <= 0 || seconds > int.MaxValue)
        {
            throw StateFailedException.Runtime($"State '{Name}': {field} '{TextExcerpt.Of(path.Text)}' must point at a positive integer in the input");
        }

        return (int)seconds;
    }
}
