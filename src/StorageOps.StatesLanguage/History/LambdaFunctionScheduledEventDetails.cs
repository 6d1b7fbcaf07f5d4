using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.History;

public sealed record LambdaFunctionScheduledEventDetails(string Resource, string Input, long? TimeoutInSeconds) : HistoryEventDetails
{
    public override JsonObject ToJson()
    {
        var json = Payload("input", Input, new JsonObject { ["resource"] = Resource });
        if (TimeoutInSeconds is { } timeout)
        {
            json["timeoutInSeconds"] = timeout;
        }

        return json;
    }
}
