using System.Text.Json;

namespace StorageOps.Simulator.Efs.Wire;

/// <summary>restJson1 value encodings shared by the EFS response writers.</summary>
internal static class EfsJsonWriting
{
    // restJson1 timestamps are epoch seconds; decimal keeps the milliseconds exact.
    public static void WriteTimestamp(Utf8JsonWriter writer, string name, DateTimeOffset value) =>
        writer.WriteNumber(name, value.ToUnixTimeMilliseconds() / 1000m);

    public static void WriteTags(Utf8JsonWriter writer, string name, IEnumerable<EfsTag> tags)
    {
        writer.WriteStartArray(name);
        foreach (var tag in tags)
        {
            writer.WriteStartObject();
            writer.WriteString("Key", tag.Key);
            writer.WriteString("Value", tag.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static void WriteStringIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
