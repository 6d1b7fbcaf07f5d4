using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.History;

public sealed record StateEnteredEventDetails(string Name, string Input) : HistoryEventDetails
{
    public override JsonObject ToJson() => Payload("input", Input, new JsonObject { ["name"] = Name });
}
