using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.History;

/// <summary>Details of MapRunFailed: why the Map Run failed.</summary>
public sealed record MapRunFailedEventDetails(string? Error, string? Cause) : HistoryEventDetails
{
    public override JsonObject ToJson()
    {
        var json = new JsonObject();
        AddIfPresent(json, "error", Error);
        AddIfPresent(json, "cause", Cause);
        return json;
    }
}
