using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.History;

/// <summary>Details of MapRunStarted: the ARN of the Map Run a distributed Map started.</summary>
public sealed record MapRunStartedEventDetails(string MapRunArn) : HistoryEventDetails
{
    public override JsonObject ToJson() => new() { ["mapRunArn"] = MapRunArn };
}
