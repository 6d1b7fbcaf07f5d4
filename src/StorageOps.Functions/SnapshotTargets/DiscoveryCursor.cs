using System.Globalization;
using System.Text;
using StorageOps.Functions.Errors;

namespace StorageOps.Functions.SnapshotTargets;

/// <summary>
/// Where the next discovery page starts: a phase, that service's pagination token (null = its first page) and how many clusters
/// of that service page were already sorted (a page cut short by throttling resumes inside a service page). Opaque to the state
/// machine: base64 of <c>v1|{phase}|{token}</c>, or <c>v2|{phase}|{skip}|{token}</c> when <see cref="Skip"/> is not 0, so service
/// tokens of any shape pass through a JSON string unchanged.
/// </summary>
public sealed record DiscoveryCursor(DiscoveryPhase Phase, string? Token, int Skip = 0)
{
    private const string Version = "v1";
    private const string ResumingVersion = "v2";
    private const string AuroraName = "aurora";
    private const string DocDbElasticName = "docdb-elastic";

    /// <summary>Where a night's discovery starts.</summary>
    public static DiscoveryCursor Start { get; } = new(DiscoveryPhase.Aurora, null);

    public string Encode()
    {
        var phase = Phase == DiscoveryPhase.Aurora ? AuroraName : DocDbElasticName;
        var text = Skip == 0 ? $"{Version}|{phase}|{Token}" : string.Create(CultureInfo.InvariantCulture, $"{ResumingVersion}|{phase}|{Skip}|{Token}");
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>The cursor <paramref name="cursor"/> encodes, <see cref="Start"/> for null.</summary>
    /// <exception cref="InvalidInputException">The text is not a cursor this function made.</exception>
    public static DiscoveryCursor Decode(string? cursor)
    {
        if (cursor is null)
        {
            return Start;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Convert.FromBase64String(cursor));
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException)
        {
            throw Malformed(cursor);
        }

        var skip = 0;
        string[] parts;
        if (text.StartsWith(ResumingVersion + "|", StringComparison.Ordinal))
        {
            parts = text.Split('|', 4);
            if (parts.Length != 4 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out skip) || skip < 1)
            {
                throw Malformed(cursor);
            }

            parts = [parts[0], parts[1], parts[3]];
        }
        else
        {
            parts = text.Split('|', 3);
            if (parts.Length != 3 || parts[0] != Version)
            {
                throw Malformed(cursor);
            }
        }

        var token = parts[2].Length == 0 ? null : parts[2];
        return parts[1] switch
        {
            AuroraName => new DiscoveryCursor(DiscoveryPhase.Aurora, token, skip),
            DocDbElasticName => new DiscoveryCursor(DiscoveryPhase.DocDbElastic, token, skip),
            _ => throw Malformed(cursor),
        };
    }

    private static InvalidInputException Malformed(string cursor) =>
        new([$"cursor: '{(cursor.Length > 80 ? cursor[..80] + "…" : cursor)}' is not a cursor DiscoverSnapshotTargets returned"]);
}
