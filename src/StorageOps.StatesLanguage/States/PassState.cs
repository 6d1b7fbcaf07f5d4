using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Paths;

namespace StorageOps.StatesLanguage.States;

/// <summary>Passes its input to its output, optionally injecting a fixed Result or a Parameters template.</summary>
public sealed class PassState(
    string name,
    string? comment,
    Transition transition,
    InputOutputPath inputPath,
    PayloadTemplate? parameters,
    JsonNode? result,
    bool hasResult,
    ResultPath resultPath,
    InputOutputPath outputPath) : State(name, comment)
{
    public override string Type => "Pass";

    public Transition Transition { get; } = transition;

    internal override HistoryEventType EnteredEventType => HistoryEventType.PassStateEntered;

    internal override HistoryEventType? ExitedEventType => HistoryEventType.PassStateExited;

    internal override IEnumerable<(string Field, string Target)> Targets =>
        Transition.Next is { } next ? [("Next", next)] : [];

    internal override Task<StateOutcome> ExecuteAsync(StateContext context)
    {
        var effectiveInput = inputPath.Apply(context.RawInput, Name, "InputPath");
        if (parameters is not null)
        {
            effectiveInput = parameters.Evaluate(context.Scope(effectiveInput));
        }

        var stateResult = hasResult ? JsonValues.Copy(result) : effectiveInput;
        var output = outputPath.Apply(resultPath.Apply(context.RawInput, stateResult, Name), Name, "OutputPath");
        return Task.FromResult(new StateOutcome(output, Transition.Next));
    }
}
