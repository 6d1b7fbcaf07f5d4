using System.Collections;
using System.Globalization;
using System.Text.Json.Nodes;
using StorageOps.Local.Runner;

namespace EndToEnd.Tests.Schemas;

/// <summary>
/// The EventBridge events the simulator accepted, each as the envelope a rule's target receives, with the schema that
/// judges it by its detail-type.
/// </summary>
/// <remarks>
/// Read by reflection because the simulator's EventBridge (AwsSimulator.EventBridge.Published, issue 10's contract) is
/// being built beside these tests; until it is there every run publishes nothing. The nightly workflow's run asserts
/// that it found its event, so a renamed member fails instead of passing silently.
/// </remarks>
internal static class PublishedEvents
{
    public static readonly IReadOnlyDictionary<string, string> SchemaByDetailType = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["StorageOps Nightly Summary"] = "nightly-summary-event",
    };

    public static IReadOnlyList<JsonObject> Of(LocalEnvironment environment)
    {
        var eventBridge = environment.Simulator.GetType().GetProperty("EventBridge")?.GetValue(environment.Simulator);
        if (eventBridge?.GetType().GetProperty("Published")?.GetValue(eventBridge) is not IEnumerable published)
        {
            return [];
        }

        return [.. published.Cast<object>().Select(Envelope)];
    }

    private static JsonObject Envelope(object published)
    {
        T Member<T>(string name) => (T)published.GetType().GetProperty(name)!.GetValue(published)!;
        return new JsonObject
        {
            ["version"] = "0",
            ["id"] = Member<string>("EventId"),
            ["detail-type"] = Member<string>("DetailType"),
            ["source"] = Member<string>("Source"),
            ["account"] = Member<string>("Account"),
            ["time"] = Member<DateTimeOffset>("Time").ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["region"] = Member<string>("Region"),
            ["resources"] = new JsonArray([.. Member<IEnumerable<string>>("Resources").Select(resource => (JsonNode?)resource)]),
            ["detail"] = JsonNode.Parse(Member<string>("Detail")),
        };
    }
}
