using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.Faults;

/// <summary>Token-bucket throttling (<see cref="FaultRule.ThrottleRatePerSecond"/>, <see cref="FaultRule.ThrottleBurst"/>) on a manual clock.</summary>
public sealed class TokenBucketFaultPlanTests
{
    private static readonly FaultRequest DescribeDBClusters = new("rds", "DescribeDBClusters", []);
    private static readonly FaultRequest CreateDBClusterSnapshot = new("rds", "CreateDBClusterSnapshot", ["orders"]);

    private readonly ManualTimeProvider clock = new();

    [Fact]
    public void Decide_WhenBurstIsSpent_ShouldThrottleUntilTheClockRefillsATokenPerInterval()
    {
        var plan = Plan(new FaultRule { Service = "rds", ThrottleRatePerSecond = 2, ThrottleBurst = 5 });

        var burst = Kinds(plan, DescribeDBClusters, 6);
        clock.Advance(TimeSpan.FromMilliseconds(499));
        var tooEarly = plan.Decide(DescribeDBClusters).Kind;
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var refilled = Kinds(plan, DescribeDBClusters, 2);

        Assert.Equal([.. Enumerable.Repeat(FaultKind.None, 5), FaultKind.Throttling], burst);
        Assert.Equal(FaultKind.Throttling, tooEarly);
        Assert.Equal([FaultKind.None, FaultKind.Throttling], refilled);
    }

    [Fact]
    public void Decide_WhenIdleForLong_ShouldRefillNoMoreThanTheBurst()
    {
        var plan = Plan(new FaultRule { ThrottleRatePerSecond = 10, ThrottleBurst = 3 });
        Kinds(plan, DescribeDBClusters, 3);

        clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal([FaultKind.None, FaultKind.None, FaultKind.None, FaultKind.Throttling], Kinds(plan, DescribeDBClusters, 4));
    }

    [Fact]
    public void Decide_WhenRequestsArriveAtTheRateOverAMinute_ShouldServeBurstPlusRateTimesSeconds()
    {
        var plan = Plan(new FaultRule { ThrottleRatePerSecond = 20, ThrottleBurst = 40 });
        var served = 0;

        for (var tick = 0; tick < 60 * 100; tick++)
        {
            // 100 requests a second, for 60 seconds: far more than the bucket allows.
            served += plan.Decide(DescribeDBClusters).Kind == FaultKind.None ? 1 : 0;
            clock.Advance(TimeSpan.FromMilliseconds(10));
        }

        // 40 at once, then 20 a second for the 59.99 s after the first request.
        Assert.InRange(served, 40 + 1199, 40 + 1200);
    }

    [Fact]
    public void Decide_ShouldKeepOneBucketPerOperationAndPerRule()
    {
        var plan = Plan(new FaultRule { Service = "rds", ThrottleRatePerSecond = 1, ThrottleBurst = 1 }, new FaultRule { Service = "docdb-elastic", ThrottleRatePerSecond = 1, ThrottleBurst = 1 });

        var first = plan.Decide(DescribeDBClusters).Kind;
        var otherOperation = plan.Decide(CreateDBClusterSnapshot).Kind;
        var otherService = plan.Decide(new FaultRequest("docdb-elastic", "DescribeDBClusters", [])).Kind;
        var again = plan.Decide(DescribeDBClusters).Kind;

        Assert.Equal((FaultKind.None, FaultKind.None, FaultKind.None, FaultKind.Throttling), (first, otherOperation, otherService, again));
    }

    [Fact]
    public void Decide_WhenRequestDoesNotMatchTheRule_ShouldTakeNoToken()
    {
        var plan = Plan(new FaultRule { Operation = "Create*", ThrottleRatePerSecond = 1, ThrottleBurst = 1 });

        Kinds(plan, DescribeDBClusters, 10);

        Assert.Equal(FaultKind.None, plan.Decide(CreateDBClusterSnapshot).Kind);
    }

    [Theory]
    [InlineData(0.5, 0, 1)]
    [InlineData(20, 0, 20)]
    [InlineData(2.5, 0, 3)]
    [InlineData(2, 7, 7)]
    public void EffectiveThrottleBurst_WhenBurstIsZero_ShouldBeTheRateRoundedUpAtLeastOne(double rate, int burst, int expected)
    {
        Assert.Equal(expected, new FaultRule { ThrottleRatePerSecond = rate, ThrottleBurst = burst }.EffectiveThrottleBurst);
    }

    [Fact]
    public async Task Decide_WhenManyThreadsRaceForTheBurst_ShouldServeExactlyTheBurst()
    {
        var plan = Plan(new FaultRule { ThrottleRatePerSecond = 1, ThrottleBurst = 100 });
        var served = 0;

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var index = 0; index < 50; index++)
            {
                if (plan.Decide(DescribeDBClusters).Kind == FaultKind.None)
                {
                    Interlocked.Increment(ref served);
                }
            }
        })));

        Assert.Equal(100, served);
    }

    private FaultPlan Plan(params FaultRule[] rules) => new(new FaultSettings { Rules = rules }, clock);

    private static List<FaultKind> Kinds(FaultPlan plan, FaultRequest request, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => plan.Decide(request).Kind)];
}
