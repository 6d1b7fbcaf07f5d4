using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.Paths;

namespace StorageOps.StatesLanguage.Intrinsics;

/// <summary>The <c>States.*</c> intrinsic functions. Argument errors fail the state with States.IntrinsicFailure.</summary>
public static class IntrinsicFunctionLibrary
{
    private const int MaxArrayRangeLength = 1000;
    private const int MaxBase64InputLength = 10_000;

    /// <summary>No intrinsic builds a value larger than a state's input or output may be.</summary>
    private const int MaxResultBytes = StateMachineEngine.MaxPayloadBytes;

    private static readonly Dictionary<string, Func<IReadOnlyList<JsonNode?>, ExpressionScope, JsonNode?>> Functions = new(StringComparer.Ordinal)
    {
        ["States.Format"] = Format,
        ["States.StringToJson"] = StringToJson,
        ["States.JsonToString"] = JsonToString,
        ["States.Array"] = (arguments, _) => new JsonArray([.. arguments.Select(JsonValues.Copy)]),
        ["States.ArrayPartition"] = ArrayPartition,
        ["States.ArrayContains"] = ArrayContains,
        ["States.ArrayRange"] = ArrayRange,
        ["States.ArrayGetItem"] = ArrayGetItem,
        ["States.ArrayLength"] = ArrayLength,
        ["States.ArrayUnique"] = ArrayUnique,
        ["States.Base64Encode"] = Base64Encode,
        ["States.Base64Decode"] = Base64Decode,
        ["States.Hash"] = Hash,
        ["States.JsonMerge"] = JsonMerge,
        ["States.MathRandom"] = MathRandom,
        ["States.MathAdd"] = MathAdd,
        ["States.StringSplit"] = StringSplit,
        ["States.UUID"] = Uuid,
    };

    public static IReadOnlyCollection<string> Names => Functions.Keys;

    public static bool IsKnown(string name) => Functions.ContainsKey(name);

    public static JsonNode? Invoke(string name, IReadOnlyList<JsonNode?> arguments, ExpressionScope scope) =>
        Functions.TryGetValue(name, out var function)
            ? function(arguments, scope)
            : throw Failure(scope, name, "is not a known intrinsic function");

    private static JsonNode Format(IReadOnlyList<JsonNode?> arguments, ExpressionScope scope)
    {
        const string name = "States.Format";
        RequireAtLeast(arguments, 1, name, scope);
        var template = RequireString(arguments[0], name, "the first argument", scope);
        var output = new StringBuilder();
        var next = 1;
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '\\' && i + 1 < template.Length && template[i + 1] is '{' or '}')
            {
                output.Append(template[++i]);
            }
            else if (c == '{' && i + 1 < template.Length && template[i + 1] == '}')
            {
                if (next >= arguments.Count)
                {
                    throw Failure(scope, name, $"has more '{{}}' placeholders than arguments ({arguments.Count - 1})");
                }

                output.Append(FormatValue(arguments[next++], scope));
                i++;
            }
            else
            {
                output.Append(c);
            }

            // Each UTF-16 character is at least one UTF-8 byte: past this length the result can only be too large.
            if (output.Length > MaxResultBytes)
            {
                throw TooLarge(scope, name);
            }
        }

        if (next != arguments.Count)
        {
            throw Failure(scope, name, $"has {next - 1} '{{}}' placeholders but {arguments.Count - 1} arguments");
        }

        return JsonValue.Create(output.ToString());
    }

    private static string FormatValue(JsonNode? value, ExpressionScope scope) => JsonValues.KindOf(value) switch
    {
        JsonValueKind.String => value!.GetValue<string>(),
        JsonValueKind.Object or JsonValueKind.Array => throw Failure(scope, "States.Format", "arguments must be strings, numbers, booleans or null"),
        _ => JsonValues.Serialize(value),
    };

    private static JsonNode? StringToJson(IReadOnlyList<JsonNode?> arguments, ExpressionScope scope)
    {
        const string name = "States.StringToJson";
        RequireCount(arguments, 1, name, scope);
        var text = RequireString(arguments[0], name, "the argument", scope);
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException exception)
        {
            throw Failure(scope, name, $"could not parse its argument as JSON: {exception.Message}");
        }
    }

    private static JsonNode JsonToString(IReadOnlyList<JsonNode?> arguments, ExpressionScope scope)
    {
        const string name = "States.JsonToString";
        RequireCount(arguments, 1, name, scope);
        return JsonValue.Create(JsonValues.SerializeWithin(arguments[0], MaxResultBytes) ?? throw TooLarge(scope, name));
    }

    private static JsonNode ArrayPartition(IReadOnlyList<JsonNode?> arguments, ExpressionScope scope)
    {
        const string name = "States.ArrayPartition";
        RequireCount(arguments, 2, name, scope);
        var array = RequireArray(arguments[0], name, scope);
        var size = RequireInteger(arguments[1], name, "the chunk size", scope);
        if (size <= 0)
        {
            throw Failure(scope, name, "the chunk size must be a positive integer");
        }

        // A chunk larger than the array holds all of it; the size may not even fit an int.
        return new JsonArray([.. array.Chunk((int)Math.Min(size, Math.Max(array.Count, 1))).Select(chunk => (JsonNode?)new JsonArray([.. chunk.Select(JsonValues.Copy)]))]);
    }

    private static JsonNode ArrayContains(IReadOnlyList<JsonNode?> arguments, ExpressionScope scope)
    {
        const string name = "States.ArrayContains";
        RequireCount(arguments, 2, name, scope);
        var array = RequireArray(arguments[0], name, scope);
        return JsonValue.Create(array.Any(item => JsonNode.DeepEquals(item, arguments[1])));
    }

    private static JsonNode ArrayRange(IReadOnlyList<JsonNode?> arguments, ExpressionScope scope)
    {
        const string name = "States.ArrayRange";
        RequireCount(arguments, 3, name, scope);
        var start = RequireInteger(arguments[0], name, "the start", scope);
        var end = RequireInteger(arguments[1], name, "the end", scope);
        var step = RequireInteger(arguments[2], name, "the step", scope);
        if (step == 0)
        {
            throw Failure(scope, name, "the step must not be 0");
        }

        // Counted in 128 bits, so ranges near the ends of long neither overflow nor wrap around.
        var span = (Int128)end - start;
        var count = span == 0 || (span > 0) == (step > 0) ? (span / step) + 1 : 0;
        if (count > MaxArrayRangeLength)
        {
            throw Failure(scope, name, $"would produce more than {MaxArrayRangeLength} items");
        }

        var items = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            items.Add((long)(start + ((Int128)step * i)));
        }

        return items;
    }

    private static JsonNode? ArrayGetItem(IReadOnlyList<JsonNode?> arguments, ExpressionScope scope)
    {
        const string name = "States.ArrayGetItem";
        RequireCount(arguments, 2, name, scope);
        var array = RequireArray(arguments[0], name, scope);
        var index = RequireInteger(arguments[1], name, "the index", scope);
        if (index < 0 || index >= array.Count)
        {
            throw Failure(scope, name, $"index {index} is out of range for an array of {array.Count} items");
        }

        return JsonValues.Copy(array[(int)index]);
    }

    private static JsonNode ArrayLength(IReadOnlyList<JsonNode?> arguments, ExpressionScope scope)
    {
        const string name = "States.ArrayLength";
        RequireCount(arguments, 1, name, scope);
        return JsonValue.Create(RequireArray(arguments[0], name, scope).Count);
    }

    private static JsonNode ArrayUnique(IReadOnlyList<JsonNode?> arguments, ExpressionScope scope)
    {
        const string name = "States.ArrayUnique";
        RequireCount(arguments, 1, name, scope);
        var unique = new JsonArray();
        // Items are compared only with those of the same structural hash, so a long array takes linear time, not quadratic.
        var seen = new Dictionary<int, List<JsonNode?>>();
        foreach (var item in RequireArray(arguments[0], name, scope))
        {
            var hash = JsonValues.StructuralHash(item);
            if (!seen.TryGetValue(hash, out var sameHash))
            {
                sameHash = [];
                seen[hash] = sameHash;
            }

            if (!sameHash.Any(existing => JsonNode.DeepEquals(existing, item)))
            {
                sameHash.Add(item);
                unique.Add(JsonValues.Copy(item));
            }
        }

        return unique;
    }

    private static JsonNode Base64Encode(IReadOnlyList<JsonNode?> arguments, ExpressionScope scope)
    {
        const string name = "States.Base64Encode";
        RequireCount(arguments, 1, name, scope);
        var text = RequireString(arguments[0], name, "the argument", scope);
        if (text.Length > MaxBase64InputLength)
        {
            throw Failure(scope, name, $"the input must be at most {MaxBase64InputLength} characters");
        }

        return JsonValue.Create(Convert.ToBase64String(Encoding.UTF8.GetBytes(text)));
    }

    private static JsonNode Base64Decode(IReadOnlyList<JsonNode?> arguments, ExpressionScope scope)
    {
        const string name = "States.Base64Decode";
        RequireCount(arguments, 1, name, scope);
        var text = RequireString(arguments[0], name, "the argument", scope);
        if (text.Length > MaxBase64InputLength)
        {
            throw Failure(scope, name, $"the input must be at most {MaxBase64InputLength} characters");
        }

        try
        {
            return JsonValue.Create(Encoding.UTF8.GetString(Convert.FromBase64String(text)));
        }
        catch (FormatException)
        {
            throw Failure(scope, name, "the argument is not valid base64");
        }
    }

    private static JsonNode Hash(IReadOnlyList<JsonNode?> arguments, ExpressionScope scope)
    {
        const string name = "States.Hash";
        RequireCount(arguments, 2, name, scope);
        var data = arguments[0] is { } node && JsonValues.TryGetString(node, out var text) ? text : JsonValues.Serialize(arguments[0]);
        var algorithm = RequireString(arguments[1], name, "the algorithm", scope);
        var bytes = Encoding.UTF8.GetBytes(data);
#pragma warning disable CA5350, CA5351 // The States Language defines MD5 and SHA-1 hashes; they are not used for security here.
        byte[] hash = algorithm switch
        {
            "MD5" => MD5.HashData(bytes),
            "SHA-1" => SHA1.HashData(bytes),
            "SHA-256" => SHA256.HashData(bytes),
            "SHA-384" => SHA384.HashData(bytes),
            "SHA-512" => SHA512.HashData(bytes),
            _ => throw Failure(scope, name, $"unsupported algorithm '{algorithm}' (MD5, SHA-1, SHA-256, SHA-384, SHA-512)"),
        };
#pragma warning restore CA5350, CA5351
        return JsonValue.Create(Convert.ToHexStringLower(hash));
    }

    private static JsonNode JsonMerge(IReadOnlyList<JsonNode?> arguments, ExpressionScope scope)
    {
        const string name = "States.JsonMerge";
        RequireCount(arguments, 3, name, scope);
        if (arguments[0] is not JsonObject left || arguments[1] is not JsonObject right)
        {
            throw Failure(scope, name, "the first two arguments must be JSON objects");
        }

        if (!JsonValues.TryGetBoolean(arguments[2], out var deep) || deep)
        {
            throw Failure(scope, name, "only a shallow merge is supported: the third argument must be false");
        }

        var merged = (JsonObject)left.DeepClone();
        foreach (var (key, value) in right)
        {
            merged[key] = JsonValues.Copy(value);
        }

        return merged;
    }

    private static JsonNode MathRandom(IReadOnlyList<JsonNode?> arguments, ExpressionScope scope)
    {
        const string name = "States.MathRandom";
        if (arguments.Count is not (2 or 3))
        {
            throw Failure(scope, name, $"takes 2 or 3 arguments but got {arguments.Count}");
        }

        var start = RequireInteger(arguments[0], name, "the start", scope);
        var end = RequireInteger(arguments[1], name, "the end", scope);
        if (end <= start)
        {
            throw Failure(scope, name, "the end must be greater than the start");
        }

        var random = arguments.Count == 3
            ? new Random((int)RequireInteger(arguments[2], name, "the seed", scope))
            : scope.Random;
        return JsonValue.Create(random.NextInt64(start, end));
    }

    private static JsonNode? MathAdd(IReadOnlyList<JsonNode?> arguments, ExpressionScope scope)
    {
        const string name = "States.MathAdd";
        RequireCount(arguments, 2, name, scope);
        if (!JsonValues.TryGetDecimal(arguments[0], out var left) || !JsonValues.TryGetDecimal(arguments[1], out var right))
        {
            throw Failure(scope, name, "both arguments must be numbers");
        }

        try
        {
            return JsonValues.FromNumber(left + right);
        }
        catch (OverflowException)
        {
            throw Failure(scope, name, "the sum is too large to represent");
        }
    }

    private static JsonNode StringSplit(IReadOnlyList<JsonNode?> arguments, ExpressionScope scope)
    {
        const string name = "States.StringSplit";
        RequireCount(arguments, 2, name, scope);
        var text = RequireString(arguments[0], name, "the string", scope);
        var delimiters = RequireString(arguments[1], name, "the delimiter", scope);
        var parts = delimiters.Length == 0
            ? [text]
            : text.Split(delimiters.ToCharArray(), StringSplitOptions.RemoveEmptyEntries);
        return new JsonArray([.. parts.Select(part => (JsonNode?)JsonValue.Create(part))]);
    }

    private static JsonNode Uuid(IReadOnlyList<JsonNode?> arguments, ExpressionScope scope)
    {
        RequireCount(arguments, 0, "States.UUID", scope);
        return JsonValue.Create(NewVersion4Uuid(scope.Random));
    }

    /// <summary>A version 4 UUID drawn from <paramref name="random"/>, so seeded executions are reproducible.</summary>
    public static string NewVersion4Uuid(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var bytes = new byte[16];
        random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(bytes);
        return string.Create(CultureInfo.InvariantCulture, $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}");
    }

    private static void RequireCount(IReadOnlyList<JsonNode?> arguments, int count, string name, ExpressionScope scope)
    {
        if (arguments.Count != count)
        {
            throw Failure(scope, name, $"takes {count} argument{(count == 1 ? string.Empty : "s")} but got {arguments.Count}");
        }
    }

    private static void RequireAtLeast(IReadOnlyList<JsonNode?> arguments, int count, string name, ExpressionScope scope)
    {
        if (arguments.Count < count)
        {
            throw Failure(scope, name, $"takes at least {count} argument{(count == 1 ? string.Empty : "s")} but got {arguments.Count}");
        }
    }

    private static string RequireString(JsonNode? value, string name, string what, ExpressionScope scope) =>
        JsonValues.TryGetString(value, out var text) ? text : throw Failure(scope, name, $"{what} must be a string");

    private static long RequireInteger(JsonNode? value, string name, string what, ExpressionScope scope) =>
        JsonValues.TryGetInteger(value, out var number) ? number : throw Failure(scope, name, $"{what} must be an integer");

    private static JsonArray RequireArray(JsonNode? value, string name, ExpressionScope scope) =>
        value as JsonArray ?? throw Failure(scope, name, "the first argument must be an array");

    private static StateFailedException TooLarge(ExpressionScope scope, string name) =>
        new(StatesErrorNames.DataLimitExceeded, $"State '{scope.StateName}': the result of {name} would be more than the {MaxResultBytes} bytes a payload may be");

    private static StateFailedException Failure(ExpressionScope scope, string name, string reason) =>
        new(StatesErrorNames.IntrinsicFailure, $"State '{scope.StateName}': {name} {reason}");
}
