using System.Text.Json;

namespace StorageOps.Aws.Protocol.Json;

/// <summary>Writes one JSON value (object, array, scalar) for a request member.</summary>
internal delegate void JsonValueWriter<in T>(Utf8JsonWriter writer, T value);

/// <summary>Writers for the JSON shapes of the AWS JSON protocols (restJson1, awsJson1_0).</summary>
internal static class JsonValueWriters
{
    public static JsonValueWriter<IEnumerable<T>> List<T>(JsonValueWriter<T> element) => (writer, values) =>
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            element(writer, value);
        }

        writer.WriteEndArray();
    };

    public static JsonValueWriter<IReadOnlyDictionary<string, T>> Map<T>(JsonValueWriter<T> value) => (writer, entries) =>
    {
        writer.WriteStartObject();
        foreach (var (key, entry) in entries)
        {
            writer.WritePropertyName(key);
            value(writer, entry);
        }

        writer.WriteEndObject();
    };

    public static void String(Utf8JsonWriter writer, string value) => writer.WriteStringValue(value);

    public static void Boolean(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

    public static void Integer(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

    /// <summary>A double; NaN and infinities as the strings the JSON protocols use.</summary>
    public static void Double(Utf8JsonWriter writer, double value)
    {
        if (double.IsNaN(value))
        {
            writer.WriteStringValue("NaN");
        }
        else if (double.IsPositiveInfinity(value))
        {
            writer.WriteStringValue("Infinity");
        }
        else if (double.IsNegativeInfinity(value))
        {
            writer.WriteStringValue("-Infinity");
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }

    /// <summary>A timestamp in the JSON protocols' default format: epoch seconds, fractional when needed.</summary>
    public static void EpochSeconds(Utf8JsonWriter writer, DateTimeOffset value)
    {
        var milliseconds = value.ToUnixTimeMilliseconds();
        if (milliseconds % 1000 == 0)
        {
            writer.WriteNumberValue(milliseconds / 1000);
        }
        else
        {
            writer.WriteNumberValue(milliseconds / 1000m);
        }
    }
}
