using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

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

    public static string Serialize(JsonNode? node) => node?.ToJsonString(CompactOptions) ?? "null";

    public static JsonNode? FromNumber(decimal value) =>
        value == decimal.Truncate(value) && value >= long.MinValue && value <= long.MaxValue
            ? JsonValue.Create((long)value)
            : JsonValue.Create(value);
}
