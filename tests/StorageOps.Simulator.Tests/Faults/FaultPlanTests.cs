using StorageOps.Simulator.Faults;

namespace StorageOps.Simulator.Tests.Faults;

public sealed class FaultPlanTests
{
    private static readonly FaultRequest DescribeFileSystems = new("efs", "DescribeFileSystems", []);

    [Fact]
    public void Decide_WhenTheSameSeedSeesTheSameRequests_ShouldMakeTheSameDecisions()
    {
        var settings = new FaultSettings
        {
            Seed = 7,
            Rules = [new FaultRule { ThrottleRate = 0.3, ServerErrorRate = 0.2 }, new FaultRule { Operation = "Describe*", ThrottleRate = 0.5 }],
        };

        var first = Decisions(new FaultPlan(settings), 200);
        var second = Decisions(new FaultPlan(settings), 200);
        var otherSeed = Decisions(new FaultPlan(settings with { Seed = 8 }), 200);

        Assert.Equal(first, second);
        Assert.NotEqual(first, otherSeed);
        Assert.Contains(FaultKind.Throttling, first);
        Assert.Contains(FaultKind.ServerError, first);
        Assert.Contains(FaultKind.None, first);
    }

    [Fact]
    public void Decide_WhenRatesAreZeroOrOne_ShouldNeverOrAlwaysFail()
    {
        var never = new FaultPlan(new FaultSettings { Rules = [new FaultRule { ThrottleRate = 0, ServerErrorRate = 0 }] });
        var always = new FaultPlan(new FaultSettings { Rules = [new FaultRule { ServerErrorRate = 1 }] });

        Assert.All(Decisions(never, 100), kind => Assert.Equal(FaultKind.None, kind));
        Assert.All(Decisions(always, 100), kind => Assert.Equal(FaultKind.ServerError, kind));
    }

    [Fact]
    public void Decide_WhenThrottleRateIsAboutAHalf_ShouldThrottleAboutHalfOfTheRequests()
    {
        var plan = new FaultPlan(new FaultSettings { Seed = 1, Rules = [new FaultRule { ThrottleRate = 0.5 }] });

        var throttled = Decisions(plan, 1000).Count(kind => kind == FaultKind.Throttling);

        Assert.InRange(throttled, 420, 580);
    }

    [Theory]
    [InlineData("efs", "Describe*", "*", "efs", "DescribeFileSystems", "fs-1", true)]
    [InlineData("efs", "Describe*", "*", "efs", "CreateFileSystem", "fs-1", false)]
    [InlineData("rds", "*", "*", "efs", "DescribeFileSystems", "fs-1", false)]
    [InlineData(null, "*", "fs-0123*", "efs", "DeleteFileSystem", "fs-0123abc", true)]
    [InlineData(null, "*", "fs-0123*", "efs", "DeleteFileSystem", "fs-0999abc", false)]
    [InlineData(null, "*", "fs-0123*", "efs", "DescribeFileSystems", null, false)]
    [InlineData(null, "Get?luster", "*:cluster/*", "docdb-elastic", "GetCluster", "arn:aws:docdb-elastic:us-east-1:123456789012:cluster/abc", true)]
    public void Decide_ShouldMatchRulesByServiceOperationGlobAndResourceGlob(string? service, string operation, string resource, string requestService, string requestOperation, string? requestResource, bool expectedMatch)
    {
        var plan = new FaultPlan(new FaultSettings { Rules = [new FaultRule { Service = service, Operation = operation, Resource = resource, ThrottleRate = 1 }] });

        var decision = plan.Decide(new FaultRequest(requestService, requestOperation, requestResource is null ? [] : [requestResource]));

        Assert.Equal(expectedMatch ? FaultKind.Throttling : FaultKind.None, decision.Kind);
    }

    [Fact]
    public void Decide_WhenSeveralRulesMatch_ShouldAddTheirLatenciesAndReportTheFirstFailure()
    {
        var plan = new FaultPlan(new FaultSettings
        {
            Rules =
            [
                new FaultRule { Latency = TimeSpan.FromMilliseconds(200) },
                new FaultRule { Operation = "Describe*", Latency = TimeSpan.FromMilliseconds(50), ServerErrorRate = 1 },
                new FaultRule { ThrottleRate = 1 },
            ],
        });

        var decision = plan.Decide(DescribeFileSystems);

        Assert.Equal(new FaultDecision(FaultKind.ServerError, TimeSpan.FromMilliseconds(250), 1), decision);
    }

    private static List<FaultKind> Decisions(FaultPlan plan, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => plan.Decide(DescribeFileSystems).Kind)];
}
