using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.History;

/// <summary>Details of MapIterationStarted/Succeeded/Failed/Aborted: the Map state's name and the item's index.</summary>
public sealed record MapIterationEventDetails(string Name, int Index) : HistoryEventDetails
{
    public override JsonObject ToJson() => new() { ["name"] = Name, ["index"] = Index };
}
