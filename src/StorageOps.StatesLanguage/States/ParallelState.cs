using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Paths;

namespace StorageOps.StatesLanguage.States;

/// <summary>
/// Runs every branch concurrently on the same effective input; the result is the array of branch outputs, in branch
/// order. The first branch to fail stops the others and fails the state with that branch's error and cause.
/// </summary>
public sealed class ParallelState(
    string name,
    string? comment,
    Transition transition,
    IReadOnlyList<StateGraph> branches,
    InputOutputPath inputPath,
    PayloadTemplate? parameters,
    PayloadTemplate? resultSelector,
    ResultPath resultPath,
    InputOutputPath outputPath,
    RecoveryPolicy recovery) : State(name, comment)
{
    public override string Type => "Parallel";

    public Transition Transition { get; } = transition;

    public IReadOnlyList<StateGraph> Branches { get; } = branches;

    public RecoveryPolicy Recovery { get; } = recovery;

    internal override HistoryEventType EnteredEventType => HistoryEventType.ParallelStateEntered;

    internal override HistoryEventType? ExitedEventType => HistoryEventType.ParallelStateExited;

    internal override IEnumerable<(string Field, string Target)> Targets =>
        (Transition.Next is { } next ? [("Next", next)] : Array.Empty<(string, string)>())
            .Concat(Recovery.Catchers.Select((catcher, index) => ($"Catch[{index}].Next", catcher.Next)));

    internal override Task<StateOutcome> ExecuteAsync(StateContext context) => Recovery.RunAsync(context, () => AttemptAsync(context));

    private async Task<StateOutcome> AttemptAsync(StateContext context)
    {
        var effectiveInput = inputPath.Apply(context.RawInput, Name, "InputPath");
        if (parameters is not null)
        {
            effectiveInput = parameters.Evaluate(context.Scope(effectiveInput));
        }

        context.Emit(HistoryEventType.ParallelStateStarted, null);
        (ItemOutcome?[] Outcomes, StateFailedException? FirstFailure) run;
        try
        {
            run = await ConcurrentItems.RunAsync(
                context,
                Branches.Count,
                maxConcurrency: 0,
                (index, scope) => StateGraphRunner.RunAsync(Branches[index], context.Run, JsonValues.Copy(effectiveInput), scope),
                stopAfterFailures: _ => true);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            context.Emit(HistoryEventType.ParallelStateAborted, null);
            throw;
        }

        if (run.FirstFailure is { } failure)
        {
            context.Emit(HistoryEventType.ParallelStateFailed, null);
            throw new StateFailedException(failure.Error, failure.Cause);
        }

        context.Emit(HistoryEventType.ParallelStateSucceeded, null);
        JsonNode? result = new JsonArray([.. run.Outcomes.Select(outcome => JsonValues.Copy(outcome!.Output))]);
        if (resultSelector is not null)
        {
            result = resultSelector.Evaluate(context.Scope(result));
        }

        var output = outputPath.Apply(resultPath.Apply(context.RawInput, result, Name), Name, "OutputPath");
        return new StateOutcome(output, Transition.Next);
    }
}
