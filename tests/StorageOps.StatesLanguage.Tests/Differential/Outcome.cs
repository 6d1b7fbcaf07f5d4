using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.Tests.Differential;

/// <summary>How an execution ended, in the terms the suite compares: SUCCEEDED with an output, or FAILED with an error name.</summary>
internal sealed record Outcome(string Status, JsonNode? Output, string? Error)
{
    public static Outcome Succeeded(JsonNode? output) => new("SUCCEEDED", output, null);

    public static Outcome Failed(string? error) => new("FAILED", null, error);

    public static Outcome FromJson(JsonNode json) => new(
        (string)json["status"]!,
        json["output"]?.DeepClone(),
        (string?)json["error"]);

    public JsonObject ToJson() => Status == "SUCCEEDED"
        ? new JsonObject { ["status"] = Status, ["output"] = Output?.DeepClone() }
        : new JsonObject { ["status"] = Status, ["error"] = Error };

    /// <summary>Compared as JSON values (object member order ignored), the way the suite requires "the same output".</summary>
    public bool SameAs(Outcome other) =>
        Status == other.Status && Error == other.Error && JsonNode.DeepEquals(Output, other.Output);

    public override string ToString() => ToJson().ToJsonString();
}
