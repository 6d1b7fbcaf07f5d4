using System.Text.Json;
using System.Text.Json.Nodes;

namespace StorageOps.Simulator.Tests.TestSupport;

/// <summary>
/// The shape of a JSON document as a set of <c>path:type</c> entries (array items share the path <c>[]</c>),
/// so two implementations can be compared on member names and types without comparing values.
/// Null members count as absent, as restJson1 clients treat them.
/// </summary>
internal static class JsonShapes
{
    public static SortedSet<string> Of(JsonNode? node)
    {
        var shape = new SortedSet<string>(StringComparer.Ordinal);
        Collect(node, "$", shape);
        return shape;
    }

    private static void Collect(JsonNode? node, string path, SortedSet<string> shape)
    {
        switch (node)
        {
            case null:
                return;
            case JsonObject members:
                shape.Add($"{path}:object");
                foreach (var (name, value) in members)
                {
                    Collect(value, $"{path}.{name}", shape);
                }

                return;
            case JsonArray items:
                shape.Add($"{path}:array");
                foreach (var item in items)
                {
                    Collect(item, $"{path}[]", shape);
                }

                return;
            default:
                var kind = node.GetValueKind() switch
                {
                    JsonValueKind.String => "string",
                    JsonValueKind.Number => "number",
                    JsonValueKind.True or JsonValueKind.False => "boolean",
                    var other => other.ToString(),
                };
                shape.Add($"{path}:{kind}");
                return;
        }
    }
}
