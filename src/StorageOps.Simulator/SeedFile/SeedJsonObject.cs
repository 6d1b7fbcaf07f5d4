using System.Text.Json;

namespace StorageOps.Simulator.SeedFile;

/// <summary>
/// One JSON object of a seed file, read property by property with its JSON path, so every error names where it is;
/// a property nobody asked for is reported by <see cref="RejectUnknownProperties"/>, which catches misspellings.
/// </summary>
internal sealed class SeedJsonObject
{
    private readonly JsonElement element;
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    public SeedJsonObject(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new SeedFileException(path, $"expected an object, found {Describe(element)}.");
        }

        this.element = element;
        Path = path;
    }

    public string Path { get; }

    public string PathOf(string name) => $"{Path}.{name}";

    public string RequiredString(string name) =>
        OptionalString(name) ?? throw new SeedFileException(PathOf(name), "is required.");

    public string? OptionalString(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new SeedFileException(PathOf(name), $"expected a non-empty string, found {Describe(value)}.");
    }

    public bool? OptionalBoolean(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : throw new SeedFileException(PathOf(name), $"expected true or false, found {Describe(value)}.");
    }

    public int? OptionalInteger(string name, int minimum, int maximum)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number) || number < minimum || number > maximum)
        {
            throw new SeedFileException(PathOf(name), $"expected a whole number from {minimum} to {maximum}, found {Describe(value)}.");
        }

        return number;
    }

    public double? OptionalNumber(string name, double minimum, double maximum)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || number < minimum || number > maximum)
        {
            throw new SeedFileException(PathOf(name), $"expected a number from {minimum} to {maximum}, found {Describe(value)}.");
        }

        return number;
    }

    public SeedJsonObject? OptionalObject(string name) =>
        TryGet(name, out var value) ? new SeedJsonObject(value, PathOf(name)) : null;

    /// <summary>The objects of an array property, each with its indexed path; an absent property is an empty list.</summary>
    public IReadOnlyList<SeedJsonObject> ObjectArray(string name)
    {
        if (!TryGet(name, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new SeedFileException(PathOf(name), $"expected an array, found {Describe(value)}.");
        }

        return [.. value.EnumerateArray().Select((item, index) => new SeedJsonObject(item, $"{PathOf(name)}[{index}]"))];
    }

    public IReadOnlyList<string> StringArray(string name)
    {
        if (!TryGet(name, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new SeedFileException(PathOf(name), $"expected an array of strings, found {Describe(value)}.");
        }

        return
        [
            .. value.EnumerateArray().Select((item, index) => item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } text
                ? text
                : throw new SeedFileException($"{PathOf(name)}[{index}]", $"expected a non-empty string, found {Describe(item)}.")),
        ];
    }

    /// <summary>A JSON object of string values, such as tags: <c>{"team": "orders"}</c>.</summary>
    public IReadOnlyDictionary<string, string> StringMap(string name)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!TryGet(name, out var value))
        {
            return map;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new SeedFileException(PathOf(name), $"expected an object of string values, found {Describe(value)}.");
        }

        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                throw new SeedFileException($"{PathOf(name)}.{property.Name}", $"expected a string, found {Describe(property.Value)}.");
            }

            map[property.Name] = property.Value.GetString()!;
        }

        return map;
    }

    public void RejectUnknownProperties()
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!read.Contains(property.Name))
            {
                throw new SeedFileException(PathOf(property.Name), "is not a seed file property (names are case-sensitive; see docs/simulator.md).");
            }
        }
    }

    private bool TryGet(string name, out JsonElement value)
    {
        read.Add(name);
        return element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"\"{value.GetString()}\"",
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "nothing",
    };
}
