using System.Globalization;
using System.Text.Json.Serialization;

namespace StorageOps.Functions.NightSummaries;

/// <summary>The region's manual DB cluster snapshots against their quota, counted when the night starts (ours or not).</summary>
/// <param name="Headroom">How many more manual snapshots fit: the limit less the used ones, never below 0.</param>
/// <param name="PercentUsed">Used as a share of the limit, in percent, to one decimal.</param>
/// <param name="Warning">A sentence when at least <see cref="WarningPercentage"/> % of the quota is used; null otherwise (written as null).</param>
public sealed record SnapshotQuotaUsage(
    string Region,
    int Used,
    int Limit,
    int Headroom,
    double PercentUsed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Warning)
{
    public const int WarningPercentage = 90;

    public static SnapshotQuotaUsage Of(string region, int used, int limit)
    {
        ArgumentException.ThrowIfNullOrEmpty(region);
        ArgumentOutOfRangeException.ThrowIfNegative(used);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var percentUsed = Math.Round(used * 100.0 / limit, 1, MidpointRounding.AwayFromZero);
        var warning = (long)used * 100 >= (long)limit * WarningPercentage
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"{used} of the {limit} manual DB cluster snapshots allowed in {region} are in use ({percentUsed:0.0} %): tonight's snapshots may exceed the quota; prune unneeded manual snapshots or ask for a higher quota.")
            : null;
        return new SnapshotQuotaUsage(region, used, limit, Math.Max(0, limit - used), percentUsed, warning);
    }
}
