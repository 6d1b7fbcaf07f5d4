using System.Globalization;
using System.Text.Json.Nodes;
using StorageOps.Local.Runner;
using StorageOps.Simulator.EventBridge;

namespace EndToEnd.Tests.Schemas;

/// <summary>
/// The EventBridge events the simulator accepted, each as the envelope a rule's target receives, with the schema that
/// judges it by its detail-type.
/// </summary>
internal static class PublishedEvents
{
    public static readonly IReadOnlyDictionary<string, string> SchemaByDetailType = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["StorageOps Nightly Summary"] = "nightly-summary-event",
    };

    public static IReadOnlyList<JsonObject> Of(LocalEnvironment environment) => [.. environment.Simulator.EventBridge.Published.Select(Envelope)];

    public static JsonObject Envelope(PublishedEvent published) => new()
    {
        ["version"] = "0",
        ["id"] = published.EventId,
        ["detail-type"] = published.DetailType,
        ["source"] = published.Source,
        ["account"] = published.Account,
        ["time"] = published.Time.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        ["region"] = published.Region,
        ["resources"] = new JsonArray([.. published.Resources.Select(resource => (JsonNode?)resource)]),
        ["detail"] = JsonNode.Parse(published.Detail),
    };
}
