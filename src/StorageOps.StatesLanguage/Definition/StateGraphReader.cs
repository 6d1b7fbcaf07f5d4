using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.States;

namespace StorageOps.StatesLanguage.Definition;

/// <summary>Reads StartAt and States (of a state machine, a Parallel branch or a Map item processor) and checks every transition stays inside them.</summary>
internal static class StateGraphReader
{
    /// <summary>Null when the graph has problems (all of them reported).</summary>
    public static StateGraph? Read(FieldReader owner, DefinitionProblems problems)
    {
        var before = problems.All.Count;
        var obj = owner.Json;
        var startAt = owner.String("StartAt", required: true);
        var states = new Dictionary<string, State>(StringComparer.Ordinal);
        var declaredNames = new HashSet<string>(StringComparer.Ordinal);
        if (!obj.TryGetPropertyValue("States", out var statesJson) || statesJson is not JsonObject statesObject)
        {
            owner.Report("States", statesJson is null && !obj.ContainsKey("States") ? "is required" : "must be a JSON object");
        }
        else
        {
            if (statesObject.Count == 0)
            {
                owner.Report("States", "must contain at least one state");
            }

            foreach (var (name, stateJson) in statesObject)
            {
                declaredNames.Add(name);
                if (StateReader.Read(name, stateJson, problems) is { } state)
                {
                    states[name] = state;
                }
            }
        }

        if (startAt is not null && statesJson is JsonObject && !declaredNames.Contains(startAt))
        {
            owner.Report("StartAt", $"refers to state '{startAt}', which does not exist");
        }

        foreach (var state in states.Values)
        {
            foreach (var (field, target) in state.Targets)
            {
                if (!declaredNames.Contains(target))
                {
                    problems.Report(state.Name, field, $"refers to state '{target}', which does not exist"
                        + (owner.StateName is null ? string.Empty : $" in the same branch of '{owner.StateName}'"));
                }
            }
        }

        return problems.All.Count == before && startAt is not null ? new StateGraph(startAt, states) : null;
    }
}
