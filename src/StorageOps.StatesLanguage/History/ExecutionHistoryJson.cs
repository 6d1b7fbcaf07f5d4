using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Paths;

namespace StorageOps.StatesLanguage.History;

/// <summary>Writes a history as the GetExecutionHistory response: <c>{"events":[...]}</c>, timestamps in epoch seconds as on the wire.</summary>
public static class ExecutionHistoryJson
{
    public static JsonObject ToJson(IEnumerable<HistoryEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return new JsonObject { ["events"] = new JsonArray([.. events.Select(EventToJson)]) };
    }

    public static string Write(IEnumerable<HistoryEvent> events, bool indented = false) =>
        ToJson(events).ToJsonString(indented ? JsonValues.IndentedOptions : JsonValues.CompactOptions);

    public static JsonNode EventToJson(HistoryEvent historyEvent)
    {
        ArgumentNullException.ThrowIfNull(historyEvent);
        var json = new JsonObject
        {
            ["timestamp"] = historyEvent.Timestamp.ToUnixTimeMilliseconds() / 1000m,
            ["type"] = historyEvent.Type.ToString(),
            ["id"] = historyEvent.Id,
            ["previousEventId"] = historyEvent.PreviousEventId,
        };
        if (historyEvent.Details is { } details)
        {
            json[DetailsPropertyName(historyEvent.Type)] = details.ToJson();
        }

        return json;
    }

    /// <summary>The API's member name for an event type's details, e.g. stateEnteredEventDetails for every XStateEntered.</summary>
    public static string DetailsPropertyName(HistoryEventType type)
    {
        var name = type.ToString();
        if (name.EndsWith("StateEntered", StringComparison.Ordinal))
        {
            return "stateEnteredEventDetails";
        }

        if (name.EndsWith("StateExited", StringComparison.Ordinal))
        {
            return "stateExitedEventDetails";
        }

        return char.ToLowerInvariant(name[0]) + name[1..] + "EventDetails";
    }
}
