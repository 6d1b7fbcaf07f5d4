using System.Globalization;
using System.Text.Json;

namespace StorageOps.Aws.Tests.Support;

/// <summary>Checks a parsed output record (serialized with its model member names) against a response body it was read from.</summary>
internal static class ParsedRecordAssert
{
    /// <summary>
    /// Every member of <paramref name="expected"/> (recursively) must be in <paramref name="actual"/> with the same value;
    /// an epoch-seconds timestamp matches the record's <see cref="DateTimeOffset"/>.
    /// </summary>
    public static void HasEveryMember(JsonElement expected, JsonElement actual, string path = "$")
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in expected.EnumerateObject())
                {
                    Assert.True(actual.ValueKind == JsonValueKind.Object && actual.TryGetProperty(member.Name, out _), $"{path}.{member.Name} was not parsed.");
                    HasEveryMember(member.Value, actual.GetProperty(member.Name), $"{path}.{member.Name}");
                }

                break;
            case JsonValueKind.Array:
                Assert.Equal(expected.GetArrayLength(), actual.GetArrayLength());
                foreach (var (item, index) in expected.EnumerateArray().Select((item, index) => (item, index)))
                {
                    HasEveryMember(item, actual[index], $"{path}[{index}]");
                }

                break;
            case JsonValueKind.Number when actual.ValueKind == JsonValueKind.String:
                var time = DateTimeOffset.Parse(actual.GetString()!, CultureInfo.InvariantCulture);
                Assert.True(expected.GetDecimal() == time.ToUnixTimeMilliseconds() / 1000m, $"{path}: {expected} vs {actual}");
                break;
            default:
                JsonSemantics.AssertEqual(expected.GetRawText(), actual.GetRawText());
                break;
        }
    }
}
