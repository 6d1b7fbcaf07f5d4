using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;

namespace StorageOps.StatesLanguage.Paths;

/// <summary>Small helpers over <see cref="JsonNode"/> values that the States Language compares and computes with.</summary>
public static class JsonValues
{
    public static JsonValueKind KindOf(JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Null;

    public static bool IsNumber(JsonNode? node) => KindOf(node) == JsonValueKind.Number;

    public static bool IsString(JsonNode? node) => KindOf(node) == JsonValueKind.String;

    public static bool IsBoolean(JsonNode? node) => KindOf(node) is JsonValueKind.True or JsonValueKind.False;

    public static bool TryGetString(JsonNode? node, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
    {
        value = IsString(node) ? node!.GetValue<string>() : null;
        return value is not null;
    }

    public static bool TryGetBoolean(JsonNode? node, out bool value)
    {
        value = KindOf(node) == JsonValueKind.True;
        return IsBoolean(node);
    }

    public static bool TryGetDouble(JsonNode? node, out double value)
    {
        value = 0;
        return IsNumber(node) && double.TryParse(node!.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryGetDecimal(JsonNode? node, out decimal value)
    {
        value = 0;
        return IsNumber(node) && decimal.TryParse(node!.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>An integral JSON number (1, 2.0, 1e3) that fits in a long.</summary>
    public static bool TryGetInteger(JsonNode? node, out long value)
    {
        value = 0;
        if (!TryGetDecimal(node, out var number) || number != decimal.Truncate(number) || number < long.MinValue || number > long.MaxValue)
        {
            return false;
        }

        value = (long)number;
        return true;
    }

    /// <summary>Compares two JSON numbers exactly when both fit a decimal, else as doubles.</summary>
    public static int CompareNumbers(JsonNode left, JsonNode right)
    {
        if (TryGetDecimal(left, out var leftDecimal) && TryGetDecimal(right, out var rightDecimal))
        {
            return leftDecimal.CompareTo(rightDecimal);
        }

        TryGetDouble(left, out var leftDouble);
        TryGetDouble(right, out var rightDouble);
        return leftDouble.CompareTo(rightDouble);
    }

    public static JsonNode? Copy(JsonNode? node) => node?.DeepClone();

    /// <summary>Compact JSON as Step Functions prints it: quotes escaped as \", non-ASCII text left readable.</summary>
    public static JsonSerializerOptions CompactOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonSerializerOptions IndentedOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    /// <summary>The deepest nesting of objects and arrays a payload may have, as System.Text.Json reads and writes by default.</summary>
    public const int MaxDepth = 64;

    /// <exception cref="StateFailedException">States.Runtime when the value is nested deeper than <see cref="MaxDepth"/>.</exception>
    public static string Serialize(JsonNode? node)
    {
        try
        {
            return node?.ToJsonString(CompactOptions) ?? "null";
        }
        catch (InvalidOperationException)
        {
            // Writing a well-formed node fails only when it nests deeper than the writer's maximum depth.
            throw TooDeep();
        }
    }

    /// <summary>The compact JSON text, or null as soon as its UTF-8 form would exceed <paramref name="maxBytes"/> (the text is never built in full).</summary>
    /// <exception cref="StateFailedException">States.Runtime when the value is nested deeper than <see cref="MaxDepth"/>.</exception>
    public static string? SerializeWithin(JsonNode? node, int maxBytes)
    {
        if (node is null)
        {
            return maxBytes >= 4 ? "null" : null;
        }

        using var buffer = new CappedBufferWriter(maxBytes);
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = CompactOptions.Encoder, MaxDepth = MaxDepth }))
            {
                node.WriteTo(writer, CompactOptions);
            }
        }
        catch (PayloadCapExceededException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            throw TooDeep();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>True when objects and arrays nest deeper than <paramref name="maxDepth"/>; walks without recursion, so any depth is safe to ask about.</summary>
    public static bool IsDeeperThan(JsonNode? node, int maxDepth)
    {
        var pending = new Stack<(JsonNode? Node, int Depth)>();
        pending.Push((node, 0));
        while (pending.Count > 0)
        {
            var (current, depth) = pending.Pop();
            IEnumerable<JsonNode?> children = current switch
            {
                JsonObject obj => obj.Select(property => property.Value),
                JsonArray array => array,
                _ => [],
            };
            if (current is JsonObject or JsonArray && depth + 1 > maxDepth)
            {
                return true;
            }

            foreach (var child in children)
            {
                pending.Push((child, depth + 1));
            }
        }

        return false;
    }

    /// <summary>A hash that values equal under <see cref="JsonNode.DeepEquals"/> share: property order is ignored, numbers hash by value.</summary>
    public static int StructuralHash(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var objectHash = obj.Count;
                foreach (var (key, value) in obj)
                {
                    objectHash += HashCode.Combine(StringComparer.Ordinal.GetHashCode(key), StructuralHash(value));
                }

                return objectHash;
            case JsonArray array:
                var arrayHash = new HashCode();
                foreach (var item in array)
                {
                    arrayHash.Add(StructuralHash(item));
                }

                return arrayHash.ToHashCode();
            default:
                return KindOf(node) switch
                {
                    JsonValueKind.String => StringComparer.Ordinal.GetHashCode(node!.GetValue<string>()),
                    JsonValueKind.Number => TryGetDecimal(node, out var number) ? number.GetHashCode() : JsonValueKind.Number.GetHashCode(),
                    var kind => kind.GetHashCode(),
                };
        }
    }

    private static StateFailedException TooDeep() =>
        StateFailedException.Runtime($"A JSON value is nested more than {MaxDepth} levels deep, more than a state's input or output may be");

    public static JsonNode? FromNumber(decimal value) =>
        value == decimal.Truncate(value) && value >= long.MinValue && value <= long.MaxValue
            ? JsonValue.Create((long)value)
            : JsonValue.Create(value);
}
