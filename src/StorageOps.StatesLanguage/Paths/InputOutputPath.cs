using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;

namespace StorageOps.StatesLanguage.Paths;

/// <summary>An InputPath or OutputPath: absent means <c>$</c>, <c>null</c> means an empty object.</summary>
public sealed class InputOutputPath
{
    private InputOutputPath(JsonPath? path) => Path = path;

    /// <summary>Null when the definition sets the field to null.</summary>
    public JsonPath? Path { get; }

    public static InputOutputPath Default { get; } = new(JsonPath.Root);

    public static InputOutputPath Null { get; } = new(null);

    public static InputOutputPath Of(JsonPath path) => new(path);

    public JsonNode? Apply(JsonNode? value, string stateName, string field)
    {
        if (Path is null)
        {
            return new JsonObject();
        }

        if (Path.IsRoot)
        {
            return value;
        }

        if (!Path.TryEvaluate(value, out var selected))
        {
            throw StateFailedException.Runtime($"State '{stateName}': {field} '{TextExcerpt.Of(Path.Text)}' matched nothing in the state {(field == "OutputPath" ? "output" : "input")}");
        }

        return JsonValues.Copy(selected);
    }
}
