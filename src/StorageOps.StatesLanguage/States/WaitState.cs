using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Paths;
using StorageOps.StatesLanguage.Time;

namespace StorageOps.StatesLanguage.States;

/// <summary>Waits on the virtual clock for Seconds, SecondsPath, until Timestamp or until TimestampPath.</summary>
public sealed class WaitState(
    string name,
    string? comment,
    Transition transition,
    int? seconds,
    JsonPath? secondsPath,
    DateTimeOffset? timestamp,
    JsonPath? timestampPath,
    InputOutputPath inputPath,
    InputOutputPath outputPath) : State(name, comment)
{
    public override string Type => "Wait";

    public Transition Transition { get; } = transition;

    internal override HistoryEventType EnteredEventType => HistoryEventType.WaitStateEntered;

    internal override HistoryEventType? ExitedEventType => HistoryEventType.WaitStateExited;

    internal override IEnumerable<(string Field, string Target)> Targets =>
        Transition.Next is { } next ? [("Next", next)] : [];

    internal override async Task<StateOutcome> ExecuteAsync(StateContext context)
    {
        var effectiveInput = inputPath.Apply(context.RawInput, Name, "InputPath");
        var now = context.Clock.GetUtcNow();
        var until = ResolveUntil(effectiveInput, now);
        if (until > now)
        {
            await context.Clock.WaitAsync(until - now, context.CancellationToken);
        }

        return new StateOutcome(outputPath.Apply(effectiveInput, Name, "OutputPath"), Transition.Next);
    }

    private DateTimeOffset After(DateTimeOffset now, long waitSeconds, string field)
    {
        var secondsLeft = (DateTimeOffset.MaxValue - now).TotalSeconds;
        return waitSeconds <= secondsLeft
            ? now.AddSeconds(waitSeconds)
            : throw StateFailedException.Runtime(
                $"State '{Name}': {field} asks to wait {waitSeconds} seconds, past the latest timestamp the execution can reach ({Rfc3339Timestamp.Format(DateTimeOffset.MaxValue)})");
    }

    private DateTimeOffset ResolveUntil(System.Text.Json.Nodes.JsonNode? input, DateTimeOffset now)
    {
        if (seconds is { } fixedSeconds)
        {
            return After(now, fixedSeconds, "Seconds");
        }

        if (timestamp is { } fixedTimestamp)
        {
            return fixedTimestamp;
        }

        if (secondsPath is not null)
        {
            if (!secondsPath.TryEvaluate(input, out var value))
            {
                throw StateFailedException.Runtime($"State '{Name}': SecondsPath '{TextExcerpt.Of(secondsPath.Text)}' matched nothing in the input");
            }

            if (!JsonValues.TryGetInteger(value, out var pathSeconds) || pathSeconds < 0)
            {
                throw StateFailedException.Runtime(
                    $"State '{Name}': SecondsPath '{TextExcerpt.Of(secondsPath.Text)}' must point at a non-negative integer, but found {JsonValues.Serialize(value)}");
            }

            return After(now, pathSeconds, $"SecondsPath '{TextExcerpt.Of(secondsPath.Text)}'");
        }

        if (!timestampPath!.TryEvaluate(input, out var timestampValue))
        {
            throw StateFailedException.Runtime($"State '{Name}': TimestampPath '{TextExcerpt.Of(timestampPath.Text)}' matched nothing in the input");
        }

        if (!JsonValues.TryGetString(timestampValue, out var text) || !Rfc3339Timestamp.TryParse(text, out var pathTimestamp))
        {
            throw StateFailedException.Runtime(
                $"State '{Name}': TimestampPath '{TextExcerpt.Of(timestampPath.Text)}' must point at an RFC 3339 timestamp, but found {JsonValues.Serialize(timestampValue)}");
        }

        return pathTimestamp;
    }
}
