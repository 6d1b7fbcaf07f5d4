using CsCheck;
using StorageOps.Functions.Retention;

namespace StorageOps.Functions.Tests.Retention;

/// <summary>
/// Properties of <see cref="RetentionPlanner.Plan"/> over random histories: snapshots owned or not, settled or not, over half a year
/// of nights with gaps and several snapshots in one night, under random valid policies. "Newest" is the planner's documented order:
/// by night, then by creation time.
/// </summary>
public sealed class RetentionPlannerPropertyTests
{
    private static readonly DateOnly FirstNight = new(2026, 6, 1);

    private static readonly Gen<RetainedSnapshot> Snapshot =
        from night in Gen.Int[0, 200]
        from minutes in Gen.Int[0, 24 * 60]
        from owned in Gen.Int[0, 9]
        from settled in Gen.Int[0, 9]
        select new RetainedSnapshot(
            "",
            FirstNight.AddDays(night),
            new DateTimeOffset(FirstNight.AddDays(night).ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero).AddMinutes(minutes),
            Owned: owned < 7,
            Settled: settled < 8);

    /// <summary>Histories of up to 80 snapshots; ids are unique, as snapshot identifiers in one region are.</summary>
    private static readonly Gen<List<RetainedSnapshot>> History =
        Snapshot.List[0, 80].Select(snapshots => snapshots.Select((snapshot, index) => snapshot with { Id = $"snapshot-{index:D3}" }).ToList());

    /// <summary>Each count is 0 about a third of the time, so policies that keep only minKeep (or only one tier) are common.</summary>
    private static readonly Gen<RetentionPolicy> Policy =
        from daily in Gen.Int[-6, 14].Select(count => Math.Max(0, count))
        from weekly in Gen.Int[-4, 8].Select(count => Math.Max(0, count))
        from monthly in Gen.Int[-3, 6].Select(count => Math.Max(0, count))
        from minKeep in Gen.Int[1, 10]
        from dryRun in Gen.Bool
        select new RetentionPolicy(daily, weekly, monthly, minKeep, dryRun);

    private static readonly Gen<(List<RetainedSnapshot> History, RetentionPolicy Policy)> Cases =
        from history in History
        from policy in Policy
        select (history, policy);

    private static IEnumerable<RetainedSnapshot> NewestFirst(IEnumerable<RetainedSnapshot> snapshots) =>
        snapshots.OrderByDescending(snapshot => snapshot.Night).ThenByDescending(snapshot => snapshot.CreatedAt).ThenBy(snapshot => snapshot.Id, StringComparer.Ordinal);

    private const long Iterations = 2000;

    private static HashSet<string> Ids(IEnumerable<RetainedSnapshot> snapshots) => [.. snapshots.Select(snapshot => snapshot.Id)];

    [Fact]
    public void Policy_WhenGenerated_ShouldAlwaysBeValid() =>
        Policy.Sample(policy => Assert.Empty(policy.Problems()), iter: Iterations);

    [Fact]
    public void Plan_WhenGivenAnyHistory_ShouldNeverDeleteASnapshotWeDoNotOwnOrOneStillCreating() =>
        Cases.Sample(testCase =>
        {
            var plan = RetentionPlanner.Plan(testCase.History, testCase.Policy);

            Assert.All(plan.Delete, snapshot => Assert.True(snapshot.Owned && snapshot.Settled, $"{snapshot} was deleted"));
        }, iter: Iterations);

    [Fact]
    public void Plan_WhenGivenAnyHistory_ShouldSplitExactlyTheOwnedSnapshotsIntoKeepAndDelete() =>
        Cases.Sample(testCase =>
        {
            var plan = RetentionPlanner.Plan(testCase.History, testCase.Policy);

            var owned = Ids(testCase.History.Where(snapshot => snapshot.Owned));
            Assert.Equal(plan.Keep.Count + plan.Delete.Count, owned.Count);
            Assert.True(Ids(plan.Keep.Concat(plan.Delete)).SetEquals(owned));
            Assert.Empty(Ids(plan.Keep).Intersect(Ids(plan.Delete)));
        }, iter: Iterations);

    [Fact]
    public void Plan_WhenGivenAnyHistory_ShouldKeepAtLeastTheMinKeepNewestOwnedSnapshots() =>
        Cases.Sample(testCase =>
        {
            var plan = RetentionPlanner.Plan(testCase.History, testCase.Policy);

            var newest = NewestFirst(testCase.History.Where(snapshot => snapshot.Owned)).Take(testCase.Policy.MinKeep).ToList();
            Assert.True(Ids(plan.Keep).IsSupersetOf(Ids(newest)));
            Assert.True(plan.Keep.Count >= newest.Count);
        }, iter: Iterations);

    [Fact]
    public void Plan_WhenGivenAnyHistory_ShouldKeepTheNewestSnapshotOfEachOfTheNewestKeepDailyNights() =>
        Cases.Sample(testCase =>
        {
            var plan = RetentionPlanner.Plan(testCase.History, testCase.Policy);

            var dailies = NewestFirst(testCase.History.Where(snapshot => snapshot.Owned))
                .GroupBy(snapshot => snapshot.Night)
                .Take(testCase.Policy.KeepDaily)
                .Select(night => night.First());
            Assert.True(Ids(plan.Keep).IsSupersetOf(Ids(dailies)));
        }, iter: Iterations);

    [Fact]
    public void Plan_WhenRunAgainOverWhatItKept_ShouldDeleteNothingMore() =>
        Cases.Sample(testCase =>
        {
            var first = RetentionPlanner.Plan(testCase.History, testCase.Policy);
            var remaining = first.Keep.Concat(testCase.History.Where(snapshot => !snapshot.Owned)).ToList();

            var second = RetentionPlanner.Plan(remaining, testCase.Policy);

            Assert.Empty(second.Delete);
            Assert.True(Ids(second.Keep).SetEquals(Ids(first.Keep)));
        }, iter: Iterations);

    [Fact]
    public void Plan_WhenTheHistoryIsListedInAnotherOrder_ShouldDecideTheSame() =>
        (from testCase in Cases
         from seed in Gen.Int
         select (testCase.History, testCase.Policy, Seed: seed))
        .Sample(testCase =>
        {
            var shuffled = testCase.History.OrderBy(_ => 0).ToArray();
            new Random(testCase.Seed).Shuffle(shuffled);

            var plan = RetentionPlanner.Plan(testCase.History, testCase.Policy);
            var again = RetentionPlanner.Plan(shuffled, testCase.Policy);

            Assert.Equal(plan.Keep.Select(snapshot => snapshot.Id), again.Keep.Select(snapshot => snapshot.Id));
            Assert.Equal(plan.Delete.Select(snapshot => snapshot.Id), again.Delete.Select(snapshot => snapshot.Id));
        }, iter: Iterations);
}
