using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Paths;

namespace StorageOps.StatesLanguage.States;

/// <summary>Ends the execution successfully.</summary>
public sealed class SucceedState(string name, string? comment, InputOutputPath inputPath, InputOutputPath outputPath) : State(name, comment)
{
    public override string Type => "Succeed";

    internal override HistoryEventType EnteredEventType => HistoryEventType.SucceedStateEntered;

    internal override HistoryEventType? ExitedEventType => HistoryEventType.SucceedStateExited;

    internal override IEnumerable<(string Field, string Target)> Targets => [];

    internal override Task<StateOutcome> ExecuteAsync(StateContext context)
    {
        var output = outputPath.Apply(inputPath.Apply(context.RawInput, Name, "InputPath"), Name, "OutputPath");
        return Task.FromResult(new StateOutcome(output, null));
    }
}
