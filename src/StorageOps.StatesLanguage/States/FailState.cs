using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Paths;

namespace StorageOps.StatesLanguage.States;

/// <summary>Ends the execution as failed with an Error and Cause, fixed or read with ErrorPath/CausePath.</summary>
public sealed class FailState(string name, string? comment, string? error, ValueExpression? errorPath, string? cause, ValueExpression? causePath) : State(name, comment)
{
    public override string Type => "Fail";

    internal override HistoryEventType EnteredEventType => HistoryEventType.FailStateEntered;

    internal override HistoryEventType? ExitedEventType => null;

    internal override IEnumerable<(string Field, string Target)> Targets => [];

    internal override Task<StateOutcome> ExecuteAsync(StateContext context)
    {
        var failedWith = error ?? Evaluate(errorPath, "ErrorPath", context);
        var failedBecause = cause ?? Evaluate(causePath, "CausePath", context);
        throw new StateFailedException(failedWith ?? string.Empty, failedBecause);
    }

    private string? Evaluate(ValueExpression? expression, string field, StateContext context)
    {
        if (expression is null)
        {
            return null;
        }

        var value = expression.Evaluate(context.Scope(context.RawInput), field);
        return JsonValues.TryGetString(value, out var text)
            ? text
            : throw StateFailedException.Runtime($"State '{Name}': {field} must produce a string, but produced {JsonValues.Serialize(value)}");
    }
}
