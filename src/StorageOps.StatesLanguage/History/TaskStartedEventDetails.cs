using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.History;

public sealed record TaskStartedEventDetails(string ResourceType, string Resource) : HistoryEventDetails
{
    public override JsonObject ToJson() => new() { ["resourceType"] = ResourceType, ["resource"] = Resource };
}
