using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace StorageOps.Functions.SnapshotTargets;

/// <summary>
/// The deterministic name of a cluster's snapshot (or copy) for one night, so a retried or re-run night finds its own
/// snapshot instead of making a second one. Valid for both RDS DBClusterSnapshotIdentifier and DocumentDB Elastic
/// targetSnapshotName: 1–63 letters, digits or hyphens, a letter first, no trailing hyphen, no two hyphens in a row.
/// </summary>
public static class NightlySnapshotName
{
    public const string Prefix = "storageops-";
    public const int MaxLength = 63;
    private const string DateFormat = "yyyyMMdd";

    /// <summary><c>storageops-{cluster}-{yyyyMMdd}</c>, the cluster part shortened and given a hash of the full name when it would not fit.</summary>
    public static string For(string cluster, DateOnly night)
    {
        ArgumentException.ThrowIfNullOrEmpty(cluster);
        var date = night.ToString(DateFormat, CultureInfo.InvariantCulture);
        var clusterPart = Sanitise(cluster);
        var room = MaxLength - Prefix.Length - 1 - date.Length;
        if (clusterPart.Length > room || clusterPart != cluster.ToLowerInvariant())
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cluster)))[..8];
            clusterPart = $"{clusterPart[..Math.Min(clusterPart.Length, room - hash.Length - 1)].TrimEnd('-')}-{hash}".TrimStart('-');
        }

        return $"{Prefix}{clusterPart}-{date}";
    }

    /// <summary>The night a name of ours carries, or null when the name is not one <see cref="For"/> makes.</summary>
    public static DateOnly? NightOf(string snapshotName)
    {
        if (!snapshotName.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || snapshotName.Length < Prefix.Length + DateFormat.Length + 2)
        {
            return null;
        }

        var date = snapshotName[^DateFormat.Length..];
        return snapshotName[^(DateFormat.Length + 1)] == '-' && DateOnly.TryParseExact(date, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var night)
            ? night
            : null;
    }

    private static string Sanitise(string cluster)
    {
        var builder = new StringBuilder(cluster.Length);
        foreach (var character in cluster.ToLowerInvariant())
        {
            var keep = char.IsAsciiLetterOrDigit(character) ? character : '-';
            if (keep == '-' && (builder.Length == 0 || builder[^1] == '-'))
            {
                continue;
            }

            builder.Append(keep);
        }

        return builder.ToString().TrimEnd('-');
    }
}
