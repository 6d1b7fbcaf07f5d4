using System.Globalization;
using StorageOps.Aws.Rds;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;
using StorageOps.Functions.NightSummaries;

namespace StorageOps.Functions.SnapshotTargets;

/// <summary>Decides the night from the schedule's time and the function's settings, and counts the region's manual cluster snapshots against the quota.</summary>
public sealed class NightStarter
{
    public const string ManualSnapshotType = "manual";
    public const int DescribePageSize = 100;

    private readonly RegionalClients<IRdsClient> rds;
    private readonly NightSettings settings;

    public NightStarter(RegionalClients<IRdsClient> rds, NightSettings settings)
    {
        this.rds = rds;
        this.settings = settings;
    }

    public async Task<StartedNight> StartAsync(DateTimeOffset? scheduledTime, CancellationToken cancellationToken)
    {
        var scheduled = Validate(scheduledTime);
        var localTime = TimeZoneInfo.ConvertTime(scheduled, settings.TimeZone);
        var date = DateOnly.FromDateTime(localTime.DateTime).ToString(NightValidation.DateFormat, CultureInfo.InvariantCulture);
        var night = new Night(
            date,
            scheduled,
            scheduled + settings.Window,
            settings.Retention,
            settings.MaxConcurrency,
            settings.ToleratedFailurePercentage,
            settings.ElasticCopyKmsKeyId,
            settings.PagesInFlight);

        var used = await CountManualClusterSnapshotsAsync(cancellationToken);
        var quota = SnapshotQuotaUsage.Of(rds.HomeRegion, used, settings.SnapshotQuota);
        return new StartedNight(night, NightSummary.Empty(date, settings.Retention.DryRun, quota), Cursor: null);
    }

    private static DateTimeOffset Validate(DateTimeOffset? scheduledTime)
    {
        if (scheduledTime is not { } scheduled)
        {
            throw new InvalidInputException(["scheduledTime: is required (the schedule's <aws.scheduler.scheduled-time>)"]);
        }

        // A year outside 2000–9998 is a mistyped input, and keeps the deadline arithmetic from overflowing.
        return scheduled.UtcDateTime.Year is >= 2000 and <= 9998
            ? scheduled.ToUniversalTime()
            : throw new InvalidInputException([$"scheduledTime: '{scheduled:O}' must be a time from the year 2000 to 9998"]);
    }

    /// <summary>Every manual DB cluster snapshot in the region counts against the quota, whoever made it.</summary>
    private async Task<int> CountManualClusterSnapshotsAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        var request = new DescribeDBClusterSnapshotsRequest { SnapshotType = ManualSnapshotType, MaxRecords = DescribePageSize };
        await foreach (var _ in rds.Home.DescribeAllDBClusterSnapshotsAsync(request, cancellationToken))
        {
            count++;
        }

        return count;
    }
}
