using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;

namespace StorageOps.StatesLanguage.States;

/// <summary>A state of a state machine, parsed and validated; it runs itself given a <see cref="StateContext"/>.</summary>
public abstract class State
{
    protected State(string name, string? comment)
    {
        Name = name;
        Comment = comment;
    }

    public string Name { get; }

    public string? Comment { get; }

    /// <summary>The value of the state's Type field, e.g. "Task".</summary>
    public abstract string Type { get; }

    internal abstract HistoryEventType EnteredEventType { get; }

    /// <summary>Null for states that never exit normally (Fail).</summary>
    internal abstract HistoryEventType? ExitedEventType { get; }

    /// <summary>Every state name this state can move to, with the field that names it.</summary>
    internal abstract IEnumerable<(string Field, string Target)> Targets { get; }

    internal abstract Task<StateOutcome> ExecuteAsync(StateContext context);
}
