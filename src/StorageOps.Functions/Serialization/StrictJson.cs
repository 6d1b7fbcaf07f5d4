using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace StorageOps.Functions.Serialization;

/// <summary>
/// Reads our own payloads strictly: exactly one JSON value, no member named twice in an object, and only valid
/// UTF-8 text and UTF-16 escapes. System.Text.Json alone keeps the last of two duplicate members, and fails on a
/// lone surrogate escape only when the string is finally read, far from the input that caused it.
/// Every problem is a <see cref="JsonException"/> naming it and its line.
/// </summary>
public static class StrictJson
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static JsonNode? Parse(string json) => Parse(ToUtf8(json));

    public static JsonNode? Parse(ReadOnlySpan<byte> utf8Json)
    {
        var withoutByteOrderMark = WithoutByteOrderMark(utf8Json);
        Check(withoutByteOrderMark);
        return JsonNode.Parse(withoutByteOrderMark);
    }

    public static T? Deserialize<T>(string json, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        var utf8Json = ToUtf8(json);
        Check(utf8Json);
        return JsonSerializer.Deserialize(utf8Json, typeInfo);
    }

    private static byte[] ToUtf8(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException invalid)
        {
            throw new JsonException($"The JSON text contains a lone UTF-16 surrogate (U+{(int)invalid.CharUnknown:X4}) at character {invalid.Index}.", invalid);
        }
    }

    private static ReadOnlySpan<byte> WithoutByteOrderMark(ReadOnlySpan<byte> utf8Json) =>
        utf8Json.StartsWith(Encoding.UTF8.Preamble) ? utf8Json[Encoding.UTF8.Preamble.Length..] : utf8Json;

    private static void Check(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        var memberNames = new Stack<HashSet<string>?>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    memberNames.Push(new HashSet<string>(StringComparer.Ordinal));
                    break;
                case JsonTokenType.StartArray:
                    memberNames.Push(null);
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    memberNames.Pop();
                    break;
                case JsonTokenType.PropertyName:
                    var name = ReadString(ref reader, utf8Json);
                    if (!memberNames.Peek()!.Add(name))
                    {
                        throw new JsonException($"The member '{name}' appears twice in one object, at line {LineOf(utf8Json, reader.TokenStartIndex)}.");
                    }

                    break;
                case JsonTokenType.String:
                    ReadString(ref reader, utf8Json);
                    break;
            }
        }
    }

    private static string ReadString(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException invalid)
        {
            throw new JsonException($"A string at line {LineOf(utf8Json, reader.TokenStartIndex)} is not valid text: {invalid.Message}", invalid);
        }
    }

    private static long LineOf(ReadOnlySpan<byte> utf8Json, long byteIndex) => utf8Json[..(int)byteIndex].Count((byte)'\n') + 1;
}
