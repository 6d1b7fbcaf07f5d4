using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.History;

public sealed record ExecutionStartedEventDetails(string Input, string? RoleArn) : HistoryEventDetails
{
    public override JsonObject ToJson()
    {
        var json = Payload("input", Input, new JsonObject());
        AddIfPresent(json, "roleArn", RoleArn);
        return json;
    }
}
