using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.History;

/// <summary>Details of LambdaFunctionFailed and LambdaFunctionTimedOut events.</summary>
public sealed record LambdaFunctionFailedEventDetails(string? Error, string? Cause) : HistoryEventDetails
{
    public override JsonObject ToJson()
    {
        var json = new JsonObject();
        AddIfPresent(json, "error", Error);
        AddIfPresent(json, "cause", Cause);
        return json;
    }
}
