using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using StorageOps.Testing;

namespace StorageOps.Functions.Tests.Serialization;

/// <summary>schemas/&lt;name&gt;.schema.json, built with the schemas its <c>$ref</c>s name (by <c>$id</c>, urn:storageops:schemas:&lt;name&gt;) registered first.</summary>
internal static class SchemaFiles
{
    private const string IdPrefix = "urn:storageops:schemas:";

    public static string PathOf(string name) => RepositoryPaths.Combine("schemas", $"{name}.schema.json");

    public static JsonObject Document(string name) => JsonNode.Parse(File.ReadAllText(PathOf(name)))!.AsObject();

    public static JsonSchema Build(string name)
    {
        var registry = new SchemaRegistry();
        Register(name, registry);
        return registry.Get(new Uri(IdPrefix + name)) as JsonSchema ?? throw new InvalidOperationException($"schemas/{name}.schema.json was not registered by its $id.");
    }

    /// <summary>The problems of an instance, one line per failed keyword; empty when it is valid.</summary>
    public static IReadOnlyList<string> Problems(JsonSchema schema, JsonNode? instance)
    {
        using var document = JsonDocument.Parse(instance?.ToJsonString() ?? "null");
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return result.IsValid
            ? []
            : [.. (result.Details ?? [result])
                .Where(detail => detail.Errors is { Count: > 0 })
                .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"))];
    }

    private static void Register(string name, SchemaRegistry registry)
    {
        if (registry.Get(new Uri(IdPrefix + name)) is not null)
        {
            return;
        }

        var text = File.ReadAllText(PathOf(name));
        foreach (var reference in References(JsonNode.Parse(text)).Where(reference => reference.StartsWith(IdPrefix, StringComparison.Ordinal)))
        {
            Register(reference[IdPrefix.Length..].Split('#')[0], registry);
        }

        JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = registry });
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject members => members.SelectMany(member => member.Key == "$ref" && member.Value is JsonValue value ? [value.GetValue<string>()] : References(member.Value)),
        JsonArray items => items.SelectMany(References),
        _ => [],
    };
}
