using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.History;

/// <summary>The type-specific part of a history event (the API's <c>...EventDetails</c> member).</summary>
public abstract record HistoryEventDetails
{
    public abstract JsonObject ToJson();

    private protected static JsonObject Payload(string name, string value, JsonObject into)
    {
        into[name] = value;
        into[name + "Details"] = new JsonObject { ["truncated"] = false };
        return into;
    }

    private protected static void AddIfPresent(JsonObject into, string name, string? value)
    {
        if (value is not null)
        {
            into[name] = value;
        }
    }
}
