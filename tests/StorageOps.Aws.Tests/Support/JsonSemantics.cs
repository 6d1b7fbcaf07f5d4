using System.Text.Json;

namespace StorageOps.Aws.Tests.Support;

/// <summary>JSON equality by meaning: member order ignored, numbers compared by value.</summary>
internal static class JsonSemantics
{
    public static void AssertEqual(string expected, string actual)
    {
        using var left = JsonDocument.Parse(expected);
        using var right = JsonDocument.Parse(actual);
        var difference = Difference(left.RootElement, right.RootElement, "$");
        Assert.True(difference is null, $"{difference}\nexpected: {expected}\nactual:   {actual}");
    }

    private static string? Difference(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return $"{path}: {expected.ValueKind} vs {actual.ValueKind}";
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var expectedNames = expected.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
                var actualNames = actual.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
                if (!expectedNames.SequenceEqual(actualNames))
                {
                    return $"{path}: members [{string.Join(", ", expectedNames)}] vs [{string.Join(", ", actualNames)}]";
                }

                return expectedNames.Select(name => Difference(expected.GetProperty(name), actual.GetProperty(name), $"{path}.{name}")).FirstOrDefault(d => d is not null);
            case JsonValueKind.Array:
                if (expected.GetArrayLength() != actual.GetArrayLength())
                {
                    return $"{path}: {expected.GetArrayLength()} vs {actual.GetArrayLength()} items";
                }

                return expected.EnumerateArray().Zip(actual.EnumerateArray())
                    .Select((pair, index) => Difference(pair.First, pair.Second, $"{path}[{index}]"))
                    .FirstOrDefault(d => d is not null);
            case JsonValueKind.Number:
                return expected.GetDecimal() == actual.GetDecimal() ? null : $"{path}: {expected} vs {actual}";
            case JsonValueKind.String:
                return expected.GetString() == actual.GetString() ? null : $"{path}: '{expected}' vs '{actual}'";
            default:
                return null;
        }
    }
}
