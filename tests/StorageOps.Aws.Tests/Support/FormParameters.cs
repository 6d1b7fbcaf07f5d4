namespace StorageOps.Aws.Tests.Support;

/// <summary>An <c>application/x-www-form-urlencoded</c> body decoded into (name, value) pairs, sorted, so parameters compare one by one.</summary>
internal static class FormParameters
{
    public static IReadOnlyList<(string Name, string Value)> Parse(string body) =>
        [.. body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(parts => (Decode(parts[0]), parts.Length > 1 ? Decode(parts[1]) : string.Empty))
            .OrderBy(pair => pair.Item1, StringComparer.Ordinal)
            .ThenBy(pair => pair.Item2, StringComparer.Ordinal)];

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
