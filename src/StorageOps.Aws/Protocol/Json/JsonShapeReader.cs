using System.Globalization;
using System.Text.Json;

namespace StorageOps.Aws.Protocol.Json;

/// <summary>Reads members of a JSON response shape; absent and null members read as null.</summary>
internal static class JsonShapeReader
{
    public static bool TryMember(this JsonElement shape, string name, out JsonElement value)
    {
        if (shape.ValueKind == JsonValueKind.Object && shape.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        return false;
    }

    public static string? String(this JsonElement shape, string name) =>
        shape.TryMember(name, out var value) ? value.GetString() : null;

    public static string RequiredString(this JsonElement shape, string name) =>
        shape.String(name) ?? throw new JsonException($"The response has no '{name}'.");

    public static bool? Boolean(this JsonElement shape, string name) =>
        shape.TryMember(name, out var value) ? value.GetBoolean() : null;

    public static int? Int32(this JsonElement shape, string name) =>
        shape.TryMember(name, out var value) ? value.GetInt32() : null;

    public static long? Int64(this JsonElement shape, string name) =>
        shape.TryMember(name, out var value) ? value.GetInt64() : null;

    public static double? Double(this JsonElement shape, string name)
    {
        if (!shape.TryMember(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString() switch
            {
                "NaN" => double.NaN,
                "Infinity" => double.PositiveInfinity,
                "-Infinity" => double.NegativeInfinity,
                var text => double.Parse(text!, NumberStyles.Float, CultureInfo.InvariantCulture),
            }
            : value.GetDouble();
    }

    /// <summary>
    /// A timestamp: epoch seconds (the JSON protocols' default, possibly fractional, possibly quoted as in botocore's
    /// examples) or an ISO 8601 date-time.
    /// </summary>
    public static DateTimeOffset? Timestamp(this JsonElement shape, string name)
    {
        if (!shape.TryMember(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return FromEpochSeconds(value.GetDecimal());
        }

        var text = value.GetString()!;
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            ? FromEpochSeconds(seconds)
            : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }

    public static T? Object<T>(this JsonElement shape, string name, Func<JsonElement, T> read)
        where T : class =>
        shape.TryMember(name, out var value) ? read(value) : null;

    public static IReadOnlyList<T> List<T>(this JsonElement shape, string name, Func<JsonElement, T> read) =>
        shape.TryMember(name, out var value) ? [.. value.EnumerateArray().Select(read)] : [];

    private static DateTimeOffset FromEpochSeconds(decimal seconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)decimal.Round(seconds * 1000m, MidpointRounding.AwayFromZero));
}
