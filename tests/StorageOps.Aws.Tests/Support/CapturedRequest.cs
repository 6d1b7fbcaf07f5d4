using System.Collections.Specialized;
using System.Text;

namespace StorageOps.Aws.Tests.Support;

/// <summary>One request exactly as it arrived at the <see cref="CaptureServer"/>.</summary>
internal sealed record CapturedRequest(string Method, string RawPath, string RawQuery, NameValueCollection Headers, byte[] Body)
{
    public string? Header(string name) => Headers[name];

    public string BodyText => Encoding.UTF8.GetString(Body);

    /// <summary>The query string decoded into (name, value) pairs, sorted, so parameters compare one by one.</summary>
    public IReadOnlyList<(string Name, string Value)> QueryParameters =>
        [.. RawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(parts => (Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty))
            .OrderBy(pair => pair.Item1, StringComparer.Ordinal)
            .ThenBy(pair => pair.Item2, StringComparer.Ordinal)];
}
