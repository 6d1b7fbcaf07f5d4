using System.Text.Json;

namespace StorageOps.Simulator.Efs.Wire;

/// <summary>Reads the restJson1 body of <c>CreateFileSystem</c>; members keep their model names, unknown members are ignored.</summary>
internal static class CreateFileSystemRequestReader
{
    public static async Task<CreateFileSystemRequest> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        }
        catch (JsonException exception)
        {
            throw EfsException.BadRequest($"The request body is not valid JSON: {exception.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw EfsException.BadRequest("The request body must be a JSON object.");
            }

            return new CreateFileSystemRequest
            {
                CreationToken = StringMember(root, "CreationToken"),
                PerformanceMode = StringMember(root, "PerformanceMode"),
                Encrypted = BooleanMember(root, "Encrypted"),
                KmsKeyId = StringMember(root, "KmsKeyId"),
                ThroughputMode = StringMember(root, "ThroughputMode"),
                ProvisionedThroughputInMibps = NumberMember(root, "ProvisionedThroughputInMibps"),
                AvailabilityZoneName = StringMember(root, "AvailabilityZoneName"),
                Backup = BooleanMember(root, "Backup"),
                Tags = TagsMember(root, "Tags"),
            };
        }
    }

    private static JsonElement? Member(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string? StringMember(JsonElement parent, string name) => Member(parent, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        _ => throw EfsException.BadRequest($"{name} must be a string."),
    };

    private static bool? BooleanMember(JsonElement parent, string name) => Member(parent, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => throw EfsException.BadRequest($"{name} must be a boolean."),
    };

    private static double? NumberMember(JsonElement parent, string name) => Member(parent, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } value => value.GetDouble(),
        _ => throw EfsException.BadRequest($"{name} must be a number."),
    };

    private static List<EfsTag>? TagsMember(JsonElement parent, string name)
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
