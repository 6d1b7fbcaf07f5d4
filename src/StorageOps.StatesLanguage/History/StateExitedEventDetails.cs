using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.History;

public sealed record StateExitedEventDetails(string Name, string Output) : HistoryEventDetails
{
    public override JsonObject ToJson() => Payload("output", Output, new JsonObject { ["name"] = Name });
}
