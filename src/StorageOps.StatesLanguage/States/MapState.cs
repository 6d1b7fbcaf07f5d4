using System.Text;
using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Intrinsics;
using StorageOps.StatesLanguage.Paths;

namespace StorageOps.StatesLanguage.States;

/// <summary>
/// Runs the item processor once per item of the array at ItemsPath, at most MaxConcurrency at a time (0: no limit).
/// Inline: iterations are part of this execution's history and the first failure fails the state. Distributed: each
/// item (or batch) runs as a child execution with its own history; failures count against the tolerated threshold.
/// </summary>
public sealed class MapState(
    string name,
    string? comment,
    Transition transition,
    StateGraph itemProcessor,
    bool isDistributed,
    JsonPath itemsPath,
    PayloadTemplate? itemSelector,
    int? maxConcurrency,
    JsonPath? maxConcurrencyPath,
    MapItemBatcher? itemBatcher,
    MapFailureTolerance tolerance,
    string? label,
    InputOutputPath inputPath,
    PayloadTemplate? resultSelector,
    ResultPath resultPath,
    InputOutputPath outputPath,
    RecoveryPolicy recovery) : State(name, comment)
{
    public override string Type => "Map";

    public Transition Transition { get; } = transition;

    public StateGraph ItemProcessor { get; } = itemProcessor;

    public bool IsDistributed { get; } = isDistributed;

    public RecoveryPolicy Recovery { get; } = recovery;

    internal override HistoryEventType EnteredEventType => HistoryEventType.MapStateEntered;

    internal override HistoryEventType? ExitedEventType => HistoryEventType.MapStateExited;

    internal override IEnumerable<(string Field, string Target)> Targets =>
        (Transition.Next is { } next ? [("Next", next)] : Array.Empty<(string, string)>())
            .Concat(Recovery.Catchers.Select((catcher, index) => ($"Catch[{index}].Next", catcher.Next)));

    internal override Task<StateOutcome> ExecuteAsync(StateContext context) => Recovery.RunAsync(context, () => AttemptAsync(context));

    private async Task<StateOutcome> AttemptAsync(StateContext context)
    {
        var effectiveInput = inputPath.Apply(context.RawInput, Name, "InputPath");
        if (!itemsPath.TryEvaluate(effectiveInput, out var itemsValue) || itemsValue is not JsonArray items)
        {
            throw StateFailedException.Runtime($"State '{Name}': ItemsPath '{TextExcerpt.Of(itemsPath.Text)}' must point at an array in the input");
        }

        var limit = ResolveNonNegativeInteger(maxConcurrency, maxConcurrencyPath, effectiveInput, "MaxConcurrencyPath") ?? 0;
        var itemInputs = new List<JsonNode?>(items.Count);
        for (var index = 0; index < items.Count; index++)
        {
            itemInputs.Add(SelectItem(context, effectiveInput, items[index], index));
        }

        context.Emit(HistoryEventType.MapStateStarted, new MapStateStartedEventDetails(items.Count));
        JsonNode? result;
        try
        {
            result = IsDistributed
                ? await RunDistributedAsync(context, effectiveInput, itemInputs, limit)
                : await RunInlineAsync(context, itemInputs, limit);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            context.Emit(HistoryEventType.MapStateAborted, null);
            throw;
        }

        context.Emit(HistoryEventType.MapStateSucceeded, null);
        if (resultSelector is not null)
        {
            result = resultSelector.Evaluate(context.Scope(result));
        }

        var output = outputPath.Apply(resultPath.Apply(context.RawInput, result, Name), Name, "OutputPath");
        return new StateOutcome(output, Transition.Next);
    }

    private JsonNode? SelectItem(StateContext context, JsonNode? effectiveInput, JsonNode? item, int index)
    {
        if (itemSelector is null)
        {
            return JsonValues.Copy(item);
        }

        // $$.Map.Item is visible to ItemSelector only, not inside the iterations.
        var mapItem = new JsonObject { ["Index"] = index, ["Value"] = JsonValues.Copy(item) };
        var selectorContext = new StateContext(context.Run, Name, context.RawInput, context.EnteredTime, context.Branch with { MapItem = mapItem })
        {
            RetryCount = context.RetryCount,
        };
        return itemSelector.Evaluate(selectorContext.Scope(effectiveInput));
    }

    private async Task<JsonNode?> RunInlineAsync(StateContext context, List<JsonNode?> itemInputs, int limit)
    {
        var run = context.Run;
        var (outcomes, firstFailure) = await ConcurrentItems.RunAsync(
            context,
            itemInputs.Count,
            limit,
            async (index, scope) =>
            {
                var iteration = new MapIterationEventDetails(Name, index);
                run.Emit(HistoryEventType.MapIterationStarted, iteration);
                try
                {
                    var output = await StateGraphRunner.RunAsync(ItemProcessor, run, itemInputs[index], scope);
                    run.Emit(HistoryEventType.MapIterationSucceeded, iteration);
                    return output;
                }
                catch (StateFailedException)
                {
                    run.Emit(HistoryEventType.MapIterationFailed, iteration);
                    throw;
                }
                catch (OperationCanceledException)
                {
                    run.Emit(HistoryEventType.MapIterationAborted, iteration);
                    throw;
                }
            },
            stopAfterFailures: _ => true);

        if (firstFailure is not null)
        {
            context.Emit(HistoryEventType.MapStateFailed, null);
            throw new StateFailedException(firstFailure.Error, firstFailure.Cause);
        }

        return new JsonArray([.. outcomes.Select(outcome => JsonValues.Copy(outcome!.Output))]);
    }

    /// <summary>A distributed Map runs at most 10,000 child workflow executions at once, and that many when MaxConcurrency is not set.</summary>
    public const int MaxConcurrentChildExecutions = 10_000;

    private async Task<JsonNode?> RunDistributedAsync(StateContext context, JsonNode? effectiveInput, List<JsonNode?> itemInputs, int limit)
    {
        var run = context.Run;
        var childInputs = itemBatcher is null ? itemInputs : Batch(context, effectiveInput, itemInputs);
        var mapRunId = IntrinsicFunctionLibrary.NewVersion4Uuid(context.Random);
        var mapRunName = $"{run.StateMachineName}/{label ?? Name}:{mapRunId}";
        var mapRunArn = $"arn:aws:states:{run.Region}:{run.Account}:mapRun:{mapRunName}";
        var childMachineArn = $"arn:aws:states:{run.Region}:{run.Account}:stateMachine:{run.StateMachineName}/{label ?? Name}";
        var childArnPrefix = $"arn:aws:states:{run.Region}:{run.Account}:execution:{run.StateMachineName}/{label ?? Name}:";
        var toleratedPercentage = ResolvePercentage(effectiveInput);
        var toleratedCount = ResolveNonNegativeInteger(tolerance.Count, tolerance.CountPath, effectiveInput, "ToleratedFailureCountPath");
        var total = childInputs.Count;
        bool Exceeds(int failures) =>
            (toleratedCount is null && toleratedPercentage is null && failures > 0)
            || (toleratedCount is { } count && failures > count && (toleratedPercentage is null || failures * 100.0 / total > toleratedPercentage))
            || (toleratedPercentage is { } percentage && failures * 100.0 / total > percentage && (toleratedCount is null || failures > toleratedCount));

        context.Emit(HistoryEventType.MapRunStarted, new MapRunStartedEventDetails(mapRunArn));
        var started = run.Clock.GetUtcNow();
        var children = new ChildExecutionResult?[total];
        void Record(ExecutionStatus status)
        {
            run.AddMapRun(new MapRunResult
            {
                MapRunArn = mapRunArn,
                StateName = Name,
                Status = status,
                TotalChildren = total,
                ChildExecutions = [.. children.Where(child => child is not null).Select(child => child!)],
                StartDate = started,
                StopDate = run.Clock.GetUtcNow(),
            });
        }

        ItemOutcome?[] outcomes;
        try
        {
            (outcomes, _) = await ConcurrentItems.RunAsync(
                context,
                total,
                limit is 0 or > MaxConcurrentChildExecutions ? MaxConcurrentChildExecutions : limit,
                (index, scope) => RunChildAsync(run, childMachineArn, mapRunId, childArnPrefix, index, childInputs[index], scope, children),
                Exceeds);
        }
        catch (OperationCanceledException)
        {
            Record(ExecutionStatus.Aborted);
            throw;
        }

        var failed = outcomes.Count(outcome => outcome is { Succeeded: false });
        Record(Exceeds(failed) ? ExecutionStatus.Failed : ExecutionStatus.Succeeded);
        if (Exceeds(failed))
        {
            var cause = $"The Map Run failed: {failed} of {total} child executions failed, more than the tolerated failure threshold";
            context.Emit(HistoryEventType.MapRunFailed, new MapRunFailedEventDetails(StatesErrorNames.ExceedToleratedFailureThreshold, cause));
            context.Emit(HistoryEventType.MapStateFailed, null);
            throw new StateFailedException(StatesErrorNames.ExceedToleratedFailureThreshold, cause);
        }

        context.Emit(HistoryEventType.MapRunSucceeded, null);
        return new JsonArray([.. outcomes.Select(outcome => outcome switch
        {
            { Failure: { } failure } => new JsonObject { ["Error"] = failure.Error, ["Cause"] = failure.Cause },
            { } succeeded => JsonValues.Copy(succeeded.Output),
            null => null,
        })]);
    }

    /// <summary>
    /// Runs one child execution with its own history, from ExecutionStarted to its end, and keeps its result (history
    /// packed) in <paramref name="children"/>; the parent's history is not touched.
    /// </summary>
    private async Task<JsonNode?> RunChildAsync(
        ExecutionRun run, string childMachineArn, string mapRunId, string executionArnPrefix, int index, JsonNode? input, BranchScope scope, ChildExecutionResult?[] children)
    {
        var child = run.CreateChild(childMachineArn, $"{mapRunId}:{index}", input, scope.CancellationToken);
        var started = run.Clock.GetUtcNow();
        var inputText = JsonValues.Serialize(input);
        child.Emit(HistoryEventType.ExecutionStarted, new ExecutionStartedEventDetails(inputText, run.RoleArn));
        ChildExecutionResult Result(ExecutionStatus status, string? output, string? error, string? cause)
        {
            var (packed, count) = child.PackEvents();
            return new ChildExecutionResult(packed, count, mapRunId, executionArnPrefix)
            {
                Index = index,
                Status = status,
                Input = inputText,
                Output = output,
                Error = error,
                Cause = cause,
                StartDate = started,
                StopDate = run.Clock.GetUtcNow(),
                MapRuns = child.MapRuns,
            };
        }

        try
        {
            var output = await StateGraphRunner.RunAsync(ItemProcessor, child, input, scope, inputText);
            var outputText = JsonValues.Serialize(output);
            child.Emit(HistoryEventType.ExecutionSucceeded, new ExecutionSucceededEventDetails(outputText));
            children[index] = Result(ExecutionStatus.Succeeded, outputText, null, null);
            return output;
        }
        catch (StateFailedException failure)
        {
            child.Emit(HistoryEventType.ExecutionFailed, new ExecutionFailedEventDetails(failure.Error, failure.Cause));
            children[index] = Result(ExecutionStatus.Failed, null, failure.Error, failure.Cause);
            throw;
        }
        catch (OperationCanceledException)
        {
            child.Emit(HistoryEventType.ExecutionAborted, new ExecutionFailedEventDetails(null, null));
            children[index] = Result(ExecutionStatus.Aborted, null, null, null);
            throw;
        }
    }

    private List<JsonNode?> Batch(StateContext context, JsonNode? effectiveInput, List<JsonNode?> itemInputs)
    {
        var batcher = itemBatcher!;
        var maxItems = ResolveNonNegativeInteger(batcher.MaxItemsPerBatch, batcher.MaxItemsPerBatchPath, effectiveInput, "ItemBatcher.MaxItemsPerBatchPath");
        var maxBytes = ResolveNonNegativeInteger(batcher.MaxInputBytesPerBatch, batcher.MaxInputBytesPerBatchPath, effectiveInput, "ItemBatcher.MaxInputBytesPerBatchPath");
        var batches = new List<JsonNode?>();
        var current = new JsonArray();
        var currentBytes = 0;
        foreach (var item in itemInputs)
        {
            var itemBytes = Encoding.UTF8.GetByteCount(JsonValues.Serialize(item));
            var full = (maxItems is { } items && items > 0 && current.Count >= items)
                || (maxBytes is { } bytes && bytes > 0 && current.Count > 0 && currentBytes + itemBytes > bytes);
            if (full)
            {
                batches.Add(BatchInput(context, effectiveInput, current));
                current = [];
                currentBytes = 0;
            }

            current.Add(item);
            currentBytes += itemBytes;
        }

        if (current.Count > 0)
        {
            batches.Add(BatchInput(context, effectiveInput, current));
        }

        return batches;
    }

    private JsonObject BatchInput(StateContext context, JsonNode? effectiveInput, JsonArray items)
    {
        var batch = new JsonObject();
        if (itemBatcher!.BatchInput is { } template)
        {
            batch["BatchInput"] = template.Evaluate(context.Scope(effectiveInput));
        }

        batch["Items"] = items;
        return batch;
    }

    private double? ResolvePercentage(JsonNode? effectiveInput)
    {
        if (tolerance.PercentagePath is not { } path)
        {
            return tolerance.Percentage;
        }

        if (!path.TryEvaluate(effectiveInput, out var value) || !JsonValues.TryGetDouble(value, out var percentage) || percentage < 0 || percentage > 100)
        {
            throw StateFailedException.Runtime($"State '{Name}': ToleratedFailurePercentagePath '{TextExcerpt.Of(path.Text)}' must point at a number from 0 to 100 in the input");
        }

        return percentage;
    }

    private int? ResolveNonNegativeInteger(int? literal, JsonPath? path, JsonNode? effectiveInput, string field)
    {
        if (path is null)
        {
            return literal;
        }

        if (!path.TryEvaluate(effectiveInput, out var value) || !JsonValues.TryGetInteger(value, out var number) || number < 0 || number > int.MaxValue)
        {
            throw StateFailedException.Runtime($"State '{Name}': {field} '{TextExcerpt.Of(path.Text)}' must point at a non-negative integer in the input");
        }

        return (int)number;
    }
}
