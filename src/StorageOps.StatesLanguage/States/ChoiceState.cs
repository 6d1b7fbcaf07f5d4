using StorageOps.StatesLanguage.Choice;
using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Paths;

namespace StorageOps.StatesLanguage.States;

/// <summary>Moves to the Next of the first Choice Rule that holds, else to Default, else fails with States.NoChoiceMatched.</summary>
public sealed class ChoiceState(
    string name,
    string? comment,
    IReadOnlyList<ChoiceBranch> choices,
    string? defaultState,
    InputOutputPath inputPath,
    InputOutputPath outputPath) : State(name, comment)
{
    public override string Type => "Choice";

    public IReadOnlyList<ChoiceBranch> Choices { get; } = choices;

    public string? Default { get; } = defaultState;

    internal override HistoryEventType EnteredEventType => HistoryEventType.ChoiceStateEntered;

    internal override HistoryEventType? ExitedEventType => HistoryEventType.ChoiceStateExited;

    internal override IEnumerable<(string Field, string Target)> Targets =>
        Choices.Select((choice, index) => ($"Choices[{index}].Next", choice.Next))
            .Concat(Default is null ? [] : [("Default", Default)]);

    internal override Task<StateOutcome> ExecuteAsync(StateContext context)
    {
        var effectiveInput = inputPath.Apply(context.RawInput, Name, "InputPath");
        var next = Choices.FirstOrDefault(choice => choice.Rule.Evaluate(effectiveInput, Name))?.Next
            ?? Default
            ?? throw new StateFailedException(StatesErrorNames.NoChoiceMatched, $"State '{Name}': no Choice Rule matched the input and there is no Default");
        return Task.FromResult(new StateOutcome(outputPath.Apply(effectiveInput, Name, "OutputPath"), next));
    }
}
