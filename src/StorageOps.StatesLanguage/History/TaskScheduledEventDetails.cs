using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.History;

public sealed record TaskScheduledEventDetails(string ResourceType, string Resource, string Region, string Parameters, long? TimeoutInSeconds, long? HeartbeatInSeconds) : HistoryEventDetails
{
    public override JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["resourceType"] = ResourceType,
            ["resource"] = Resource,
            ["region"] = Region,
            ["parameters"] = Parameters,
        };
        if (TimeoutInSeconds is { } timeout)
        {
            json["timeoutInSeconds"] = timeout;
        }

        if (HeartbeatInSeconds is { } heartbeat)
        {
            json["heartbeatInSeconds"] = heartbeat;
        }

        return json;
    }
}
