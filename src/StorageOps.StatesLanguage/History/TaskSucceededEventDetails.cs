using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.History;

public sealed record TaskSucceededEventDetails(string ResourceType, string Resource, string Output) : HistoryEventDetails
{
    public override JsonObject ToJson() =>
        Payload("output", Output, new JsonObject { ["resourceType"] = ResourceType, ["resource"] = Resource });
}
