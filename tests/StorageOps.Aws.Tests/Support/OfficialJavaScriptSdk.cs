using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.Testing;

namespace StorageOps.Aws.Tests.Support;

/// <summary>Drives the official AWS SDK for JavaScript v3 through tests/conformance/capture-requests.mjs.</summary>
internal static class OfficialJavaScriptSdk
{
    /// <summary>The fake credentials the node script signs with; our client uses the same ones so signatures can be checked.</summary>
    public const string AccessKeyId = "AKIDEXAMPLE";
    public const string SecretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    /// <summary>Sends one operation with <paramref name="inputJson"/> (model member names) to <paramref name="endpoint"/>.</summary>
    public static async Task SendAsync(string service, string region, string endpoint, string operation, string inputJson)
    {
        var spec = new JsonObject
        {
            ["service"] = service,
            ["region"] = region,
            ["endpoint"] = endpoint,
            ["calls"] = new JsonArray(new JsonObject { ["operation"] = operation, ["input"] = JsonNode.Parse(inputJson) }),
        };
        var output = await ExternalProcess.RunNodeScriptAsync("capture-requests.mjs", spec.ToJsonString())
            .WithinAsync(Bounded.Process, $"node capture-requests.mjs ({service} {operation})");
        using var results = JsonDocument.Parse(output);
        var result = results.RootElement[0];
        if (!result.GetProperty("ok").GetBoolean())
        {
            throw new InvalidOperationException($"The JavaScript SDK failed {operation}: {result.GetProperty("error").GetString()}");
        }
    }
}
