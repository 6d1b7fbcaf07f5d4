using System.Globalization;

namespace StorageOps.Functions.Retention;

/// <summary>Applies a <see cref="RetentionPolicy"/> to one cluster's snapshots. Pure: no AWS, no clock.</summary>
public static class RetentionPlanner
{
    public static RetentionPlan Plan(IEnumerable<RetainedSnapshot> snapshots, RetentionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(policy);
        var owned = snapshots
            .Where(snapshot => snapshot.Owned)
            .OrderByDescending(snapshot => snapshot.Night)
            .ThenByDescending(snapshot => snapshot.CreatedAt)
            .ThenBy(snapshot => snapshot.Id, StringComparer.Ordinal)
            .ToList();

        var keep = new HashSet<RetainedSnapshot>(ReferenceEqualityComparer.Instance);
        keep.UnionWith(owned.Take(policy.MinKeep));
        keep.UnionWith(NewestPerPeriod(owned, snapshot => snapshot.Night.DayNumber, policy.KeepDaily));
        keep.UnionWith(NewestPerPeriod(owned, snapshot => IsoWeekOf(snapshot.Night), policy.KeepWeekly));
        keep.UnionWith(NewestPerPeriod(owned, snapshot => (snapshot.Night.Year * 12) + snapshot.Night.Month, policy.KeepMonthly));
        keep.UnionWith(owned.Where(snapshot => !snapshot.Settled));

        return new RetentionPlan(
            owned.Where(keep.Contains).ToList(),
            owned.Where(snapshot => !keep.Contains(snapshot)).ToList());
    }

    /// <summary>The newest snapshot of each of the newest <paramref name="periods"/> periods (owned is ordered newest first).</summary>
    private static IEnumerable<RetainedSnapshot> NewestPerPeriod(List<RetainedSnapshot> owned, Func<RetainedSnapshot, int> periodOf, int periods) =>
        periods <= 0 ? [] : owned.GroupBy(periodOf).Take(periods).Select(period => period.First());

    private static int IsoWeekOf(DateOnly night) =>
        (ISOWeek.GetYear(night.ToDateTime(TimeOnly.MinValue)) * 100) + ISOWeek.GetWeekOfYear(night.ToDateTime(TimeOnly.MinValue));
}
