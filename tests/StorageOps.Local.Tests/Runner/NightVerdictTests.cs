using System.Text.Json.Nodes;
using StorageOps.Local.Runner;

namespace StorageOps.Local.Tests.Runner;

public sealed class NightVerdictTests
{
    [Fact]
    public void Of_WhenTheNightPassed_ShouldSayItInOneLine() =>
        Assert.Equal(
            "night 2026-12-01: passed — 8 targets, 7 succeeded, 0 failed, 1 skipped, 3 pruned",
            NightVerdict.Of(JsonNode.Parse("""{"night":"2026-12-01","passed":true,"targets":8,"succeeded":7,"failed":0,"skipped":1,"pruned":3,"dryRun":false}""")));

    [Fact]
    public void Of_WhenATargetFailedInADryRun_ShouldSayFailedAndThatNothingWasDeleted()
    {
        var summary = JsonNode.Parse("""{"night":"2026-12-02","passed":false,"targets":8,"succeeded":6,"failed":1,"skipped":1,"pruned":2,"dryRun":true}""");

        Assert.Equal("night 2026-12-02: FAILED — 8 targets, 6 succeeded, 1 failed, 1 skipped, 2 pruned (dry run: pruned = would be deleted)", NightVerdict.Of(summary));
        Assert.False(NightVerdict.Passed(summary));
    }
}
