using System.Globalization;
using StorageOps.Functions.Retention;

namespace StorageOps.Functions.Tests.Retention;

public sealed class RetentionPlannerTests
{
    private static RetainedSnapshot Nightly(DateOnly night, bool owned = true, bool settled = true, int minutesAfterThree = 0, string? id = null) =>
        new(
            id ?? $"storageops-payments-{night.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}",
            night,
            new DateTimeOffset(night.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero).AddMinutes(minutesAfterThree),
            owned,
            settled);

    private static List<RetainedSnapshot> NightsFromTo(DateOnly first, DateOnly last) =>
        [.. Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Select(offset => Nightly(first.AddDays(offset)))];

    private static List<string> Dates(IEnumerable<RetainedSnapshot> snapshots) =>
        [.. snapshots.Select(snapshot => snapshot.Night.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Plan_WhenSevenDailyFourWeeklyThreeMonthlyOver120Nights_ShouldKeepExactlyTheGrandfatherFatherSonSet()
    {
        var history = NightsFromTo(new DateOnly(2026, 8, 4), new DateOnly(2026, 12, 1));
        Assert.Equal(120, history.Count);

        var plan = RetentionPlanner.Plan(history, new RetentionPolicy(KeepDaily: 7, KeepWeekly: 4, KeepMonthly: 3, MinKeep: 3));

        // Daily: 25 Nov–1 Dec. Weekly (ISO weeks, Monday first): week 49 → 1 Dec, 48 → 29 Nov, 47 → 22 Nov, 46 → 15 Nov.
        // Monthly: December → 1 Dec, November → 30 Nov, October → 31 Oct. MinKeep 3 is inside the dailies.
        Assert.Equal(
            ["2026-10-31", "2026-11-15", "2026-11-22", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01"],
            Dates(plan.Keep));
        Assert.Equal(110, plan.Delete.Count);
    }

    [Fact]
    public void Plan_WhenWeeksCrossTheYear_ShouldGroupByIsoWeekOfTheIsoYear()
    {
        // 28 Dec 2026 – 3 Jan 2027 is ISO week 2026-W53: one week across two calendar years.
        var history = NightsFromTo(new DateOnly(2026, 12, 14), new DateOnly(2027, 1, 3));

        var plan = RetentionPlanner.Plan(history, new RetentionPolicy(KeepDaily: 0, KeepWeekly: 3, KeepMonthly: 0, MinKeep: 1));

        Assert.Equal(["2026-12-20", "2026-12-27", "2027-01-03"], Dates(plan.Keep));
    }

    [Fact]
    public void Plan_WhenANightHasTwoSnapshots_ShouldCountTheNewestForTheNightAndLetMinKeepDecideTheOther()
    {
        var night = new DateOnly(2026, 12, 1);
        List<RetainedSnapshot> history =
        [
            Nightly(night.AddDays(-2)),
            Nightly(night.AddDays(-1)),
            Nightly(night, id: "first-run"),
            Nightly(night, minutesAfterThree: 40, id: "second-run"),
        ];

        var plan = RetentionPlanner.Plan(history, new RetentionPolicy(KeepDaily: 2, MinKeep: 1));

        Assert.Equal(["second-run", "storageops-payments-20261130"], plan.Keep.Select(snapshot => snapshot.Id));
        Assert.Equal(["first-run", "storageops-payments-20261129"], plan.Delete.Select(snapshot => snapshot.Id));
    }

    [Fact]
    public void Plan_WhenSnapshotsAreNotOursOrStillCreating_ShouldNeverDeleteThemNorCountThem()
    {
        var history = NightsFromTo(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 10));
        history.Add(Nightly(new DateOnly(2026, 12, 1), owned: false, id: "someone-elses-newest"));
        history.Add(Nightly(new DateOnly(2026, 10, 1), owned: false, id: "someone-elses-oldest"));
        history.Add(Nightly(new DateOnly(2026, 10, 15), settled: false, id: "still-creating"));

        var plan = RetentionPlanner.Plan(history, new RetentionPolicy(KeepDaily: 2, MinKeep: 2));

        Assert.Equal(["storageops-payments-20261110", "storageops-payments-20261109", "still-creating"], plan.Keep.Select(snapshot => snapshot.Id));
        Assert.Equal(8, plan.Delete.Count);
        Assert.DoesNotContain(plan.Delete.Concat(plan.Keep), snapshot => !snapshot.Owned);
    }

    [Fact]
    public void Plan_WhenFewerOwnedSnapshotsThanMinKeep_ShouldKeepThemAll()
    {
        var history = NightsFromTo(new DateOnly(2026, 11, 29), new DateOnly(2026, 12, 1));

        var plan = RetentionPlanner.Plan(history, new RetentionPolicy(KeepDaily: 0, MinKeep: 5));

        Assert.Equal(3, plan.Keep.Count);
        Assert.Empty(plan.Delete);
    }

    [Fact]
    public void Plan_WhenTheNightsAreRunBackToBack_ShouldKeepTheRollingWindowEachNight()
    {
        var kept = new List<RetainedSnapshot>();
        var policy = new RetentionPolicy(KeepDaily: 3, MinKeep: 3);
        for (var offset = 0; offset < 7; offset++)
        {
            var plan = RetentionPlanner.Plan([.. kept, Nightly(new DateOnly(2026, 12, 1).AddDays(offset))], policy);
            Assert.Equal(Math.Min(offset + 1, 3), plan.Keep.Count);
            Assert.Equal(offset >= 3 ? 1 : 0, plan.Delete.Count);
            kept = [.. plan.Keep];
        }

        Assert.Equal(["2026-12-05", "2026-12-06", "2026-12-07"], Dates(kept));
    }
}
