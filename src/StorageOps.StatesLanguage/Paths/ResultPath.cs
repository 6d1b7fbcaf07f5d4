using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;

namespace StorageOps.StatesLanguage.Paths;

/// <summary>
/// Where a state's result goes in its raw input: <c>$</c> (the default) replaces the input, <c>null</c> discards the
/// result, any other reference path inserts it, creating missing intermediate objects.
/// </summary>
public sealed class ResultPath
{
    private ResultPath(JsonPath? path) => Path = path;

    /// <summary>Null when the definition sets the field to null (discard the result).</summary>
    public JsonPath? Path { get; }

    public static ResultPath Default { get; } = new(JsonPath.Root);

    public static ResultPath Discard { get; } = new(null);

    public static ResultPath Of(JsonPath path) => new(path);

    public JsonNode? Apply(JsonNode? rawInput, JsonNode? result, string stateName)
    {
        if (Path is null)
        {
            return rawInput;
        }

        if (Path.IsRoot)
        {
            return result;
        }

        var combined = JsonValues.Copy(rawInput);
        var current = combined;
        for (var i = 0; i < Path.Segments.Count; i++)
        {
            var segment = Path.Segments[i];
            var isLast = i == Path.Segments.Count - 1;
            var value = isLast ? JsonValues.Copy(result) : null;
            if (segment.Property is { } property)
            {
                if (current is not JsonObject obj)
                {
                    throw Mismatch(stateName, $"'{DescribePrefix(i)}' is not an object");
                }

                if (isLast)
                {
                    obj[property] = value;
                    break;
                }

                if (!obj.TryGetPropertyValue(property, out var child))
                {
                    child = new JsonObject();
                    obj[property] = child;
                }

                current = child;
            }
            else
            {
                var index = segment.Index!.Value;
                if (current is not JsonArray array || index >= array.Count)
                {
                    throw Mismatch(stateName, $"'{DescribePrefix(i)}' has no element [{index}]");
                }

                if (isLast)
                {
                    array[index] = value;
                    break;
                }

                current = array[index];
            }
        }

        return combined;
    }

    private string DescribePrefix(int segmentCount) =>
        "$" + string.Concat(Path!.Segments.Take(segmentCount).Select(segment => segment.ToString()));

    private StateFailedException Mismatch(string stateName, string reason) =>
        new(StatesErrorNames.ResultPathMatchFailure,
            $"State '{stateName}': unable to apply ResultPath '{TextExcerpt.Of(Path!.Text)}' to the state input: {reason}");
}
