using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.History;

/// <summary>Details of TaskFailed and TaskTimedOut events.</summary>
public sealed record TaskFailedEventDetails(string ResourceType, string Resource, string? Error, string? Cause) : HistoryEventDetails
{
    public override JsonObject ToJson()
    {
        var json = new JsonObject { ["resourceType"] = ResourceType, ["resource"] = Resource };
        AddIfPresent(json, "error", Error);
        AddIfPresent(json, "cause", Cause);
        return json;
    }
}
