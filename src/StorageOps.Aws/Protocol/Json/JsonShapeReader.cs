using System.Globalization;
using System.Text.Json;

namespace StorageOps.Aws.Protocol.Json;

/// <summary>
/// Reads members of a JSON response shape as the official SDKs do: absent and null members read as null (lists and maps
/// as empty); a member present with the wrong type throws <see cref="ResponseMemberException"/> naming it.
/// </summary>
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
        shape.TryMember(name, out var value) ? ResponseMemberException.Reading(name, () => StringValue(value)) : null;

    public static bool? Boolean(this JsonElement shape, string name) =>
        shape.TryMember(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw WrongType(name, value, "a boolean"),
            }
            : null;

    public static int? Int32(this JsonElement shape, string name) =>
        shape.TryMember(name, out var value)
            ? value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : throw WrongType(name, value, "a 32-bit integer")
            : null;

    public static long? Int64(this JsonElement shape, string name) =>
        shape.TryMember(name, out var value)
            ? value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : throw WrongType(name, value, "a 64-bit integer")
            : null;

    public static double? Double(this JsonElement shape, string name)
    {
        if (!shape.TryMember(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.String => value.GetString() switch
            {
                "NaN" => double.NaN,
                "Infinity" => double.PositiveInfinity,
                "-Infinity" => double.NegativeInfinity,
                var text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number,
                _ => throw WrongType(name, value, "a number"),
            },
            _ => throw WrongType(name, value, "a number"),
        };
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

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var epoch))
        {
            return FromEpochSeconds(epoch) ?? throw WrongType(name, value, "a timestamp");
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : throw WrongType(name, value, "a timestamp");
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return FromEpochSeconds(seconds) ?? throw WrongType(name, value, "a timestamp");
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : throw WrongType(name, value, "a timestamp");
    }

    public static T? Object<T>(this JsonElement shape, string name, Func<JsonElement, T> read)
        where T : class
    {
        if (!shape.TryMember(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object ? ResponseMemberException.Reading(name, () => read(value)) : throw WrongType(name, value, "a structure");
    }

    public static IReadOnlyList<T> List<T>(this JsonElement shape, string name, Func<JsonElement, T> read)
    {
        if (!shape.TryMember(name, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw WrongType(name, value, "a list");
        }

        return [.. value.EnumerateArray().Select((element, index) => ResponseMemberException.Reading($"{name}[{index}]", () => read(element)))];
    }

    /// <summary>A map of strings, e.g. DocumentDB Elastic <c>tags</c>; a key without a value reads as an empty string.</summary>
    public static IReadOnlyDictionary<string, string> StringMap(this JsonElement shape, string name)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!shape.TryMember(name, out var value))
        {
            return map;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw WrongType(name, value, "a map");
        }

        foreach (var entry in value.EnumerateObject())
        {
            map[entry.Name] = entry.Value.ValueKind == JsonValueKind.Null
                ? string.Empty
                : ResponseMemberException.Reading($"{name}.{entry.Name}", () => StringValue(entry.Value));
        }

        return map;
    }

    /// <summary>A string value itself (a list element, a map value).</summary>
    public static string StringValue(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new ResponseMemberException(null, $"is {Describe(value)}, expected a string");

    private static ResponseMemberException WrongType(string name, JsonElement value, string expected) =>
        new(name, $"is {Describe(value)}, expected {expected}");

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Shorten(value.GetString()!)}\"",
        JsonValueKind.Number => $"the number {Shorten(value.GetRawText())}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {value.GetRawText()}",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "a structure",
        _ => value.ValueKind.ToString(),
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>Null when the seconds are outside the years 1 to 9999.</summary>
    private static DateTimeOffset? FromEpochSeconds(decimal seconds)
    {
        const decimal Earliest = -62135596800m;
        const decimal Latest = 253402300799m;
        return seconds is < Earliest or > Latest
            ? null
            : DateTimeOffset.FromUnixTimeMilliseconds((long)decimal.Round(seconds * 1000m, MidpointRounding.AwayFromZero));
    }
}
