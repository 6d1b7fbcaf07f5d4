using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Paths;
using StorageOps.StatesLanguage.States;

namespace StorageOps.StatesLanguage.Execution;

/// <summary>Moves through the states of a graph from StartAt until a state ends it, emitting entered/exited events.</summary>
internal static class StateGraphRunner
{
    public static async Task<JsonNode?> RunAsync(StateGraph graph, ExecutionRun run, JsonNode? input, BranchScope branch, string? inputText = null)
    {
        var stateName = graph.StartAt;
        var rawInput = input;
        // Each state's input is the previous state's output, already serialised for its exited event.
        var rawInputText = inputText ?? JsonValues.Serialize(input);
        while (true)
        {
            branch.CancellationToken.ThrowIfCancellationRequested();
            var state = graph.States[stateName];
            var context = new StateContext(run, stateName, rawInput, run.Clock.GetUtcNow(), branch);
            run.Emit(state.EnteredEventType, new StateEnteredEventDetails(stateName, rawInputText));
            var outcome = await state.ExecuteAsync(context);
            var outputText = CheckedSerialize(outcome.Output, $"The output of state '{stateName}'");
            if (state.ExitedEventType is { } exited)
            {
                run.Emit(exited, new StateExitedEventDetails(stateName, outputText));
            }

            if (outcome.Next is null)
            {
                return outcome.Output;
            }

            stateName = outcome.Next;
            rawInput = outcome.Output;
            rawInputText = outputText;
        }
    }

    public static string CheckedSerialize(JsonNode? value, string what) =>
        JsonValues.SerializeWithin(value, StateMachineEngine.MaxPayloadBytes)
        ?? throw new StateFailedException(StatesErrorNames.DataLimitExceeded, $"{what} is more than the {StateMachineEngine.MaxPayloadBytes} bytes allowed");
}
