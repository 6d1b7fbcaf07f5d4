using System.Text.Json;
using StorageOps.Simulator.Hosting;

namespace StorageOps.Simulator.Efs.Wire;

/// <summary>Reads restJson1 request bodies: members keep their model names, unknown members are ignored, an empty body is an empty object.</summary>
internal static class EfsJsonBody
{
    public static async Task<JsonDocument> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonRequestBody.ReadObjectAsync(body, cancellationToken);
        }
        catch (MalformedRequestException error)
        {
            throw EfsException.BadRequest(error.Message);
        }
    }

    public static JsonElement? Member(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public static string? StringMember(JsonElement parent, string name) => Member(parent, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        _ => throw EfsException.BadRequest($"{name} must be a string."),
    };

    public static bool? BooleanMember(JsonElement parent, string name) => Member(parent, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => throw EfsException.BadRequest($"{name} must be a boolean."),
    };

    public static double? NumberMember(JsonElement parent, string name) => Member(parent, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } value => value.GetDouble(),
        _ => throw EfsException.BadRequest($"{name} must be a number."),
    };

    public static List<string>? StringListMember(JsonElement parent, string name)
    {
        if (Member(parent, name) is not { } list)
        {
            return null;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw EfsException.BadRequest($"{name} must be a list of strings.");
        }

        return
        [
            .. list.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw EfsException.BadRequest($"Every item of {name} must be a string.")),
        ];
    }

    public static List<EfsTag>? TagsMember(JsonElement parent, string name)
    {
        if (Member(parent, name) is not { } tags)
        {
            return null;
        }

        if (tags.ValueKind != JsonValueKind.Array)
        {
            throw EfsException.BadRequest($"{name} must be a list of tags.");
        }

        return
        [
            .. tags.EnumerateArray().Select(tag => tag.ValueKind == JsonValueKind.Object
                ? new EfsTag(
                    StringMember(tag, "Key") ?? throw EfsException.BadRequest("Every tag needs a Key."),
                    StringMember(tag, "Value") ?? throw EfsException.BadRequest("Every tag needs a Value."))
                : throw EfsException.BadRequest("Every tag must be an object with Key and Value.")),
        ];
    }
}
