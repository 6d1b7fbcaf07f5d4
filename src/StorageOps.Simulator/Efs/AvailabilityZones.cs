using System.Globalization;
using System.Text.RegularExpressions;

namespace StorageOps.Simulator.Efs;

/// <summary>Availability Zone names and ids of a region, in the shape AWS uses (<c>us-east-1a</c> ↔ <c>use1-az1</c>).</summary>
internal static partial class AvailabilityZones
{
    public static bool BelongsToRegion(string zoneName, string region) =>
        zoneName.Length == region.Length + 1
        && zoneName.StartsWith(region, StringComparison.Ordinal)
        && zoneName[^1] is >= 'a' and <= 'f';

    /// <summary>The zone id; real accounts map names to ids differently, the simulator maps them in order.</summary>
    public static string ZoneIdOf(string zoneName, string region)
    {
        var match = RegionPattern().Match(region);
        var prefix = match.Success
            ? match.Groups["area"].Value + AbbreviateDirection(match.Groups["direction"].Value) + match.Groups["number"].Value
            : region.Replace("-", string.Empty, StringComparison.Ordinal);
        var zoneNumber = zoneName[^1] - 'a' + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}-az{zoneNumber}");
    }

    private static string AbbreviateDirection(string direction) => direction switch
    {
        "northeast" => "ne",
        "northwest" => "nw",
        "southeast" => "se",
        "southwest" => "sw",
        "central" => "c",
        _ => direction[..1],
    };

    [GeneratedRegex("^(?<area>[a-z]{2})-(?<direction>[a-z]+)-(?<number>[0-9]+)$")]
    private static partial Regex RegionPattern();
}
