using StorageOps.StatesLanguage.Intrinsics;
using StorageOps.StatesLanguage.Tests.Support;

namespace StorageOps.StatesLanguage.Tests.Intrinsics;

public sealed class IntrinsicParserTests
{
    [Fact]
    public void TryParse_WhenCallsNestTenDeep_ShouldParseThem()
    {
        var text = HostileDefinitions.Nested("States.Array(", "1", ")", IntrinsicParser.MaxNestingDepth);

        Assert.True(IntrinsicParser.TryParse(text, out var call, out var error), error);
        Assert.Equal("States.Array", call.FunctionName);
    }

    [Fact]
    public void TryParse_WhenCallsNestElevenDeep_ShouldReportTheNestingLimit()
    {
        var text = HostileDefinitions.Nested("States.Array(", "1", ")", IntrinsicParser.MaxNestingDepth + 1);

        Assert.False(IntrinsicParser.TryParse(text, out _, out var error));
        Assert.Equal("intrinsic functions are nested more than 10 deep (at position 130)", error);
    }

    [Theory]
    [InlineData("States.Array(", ")")]
    [InlineData("States.Format('{}', ", ")")]
    [InlineData("States.Array(", "")]
    public void TryParse_WhenNestedTwentyThousandDeep_ShouldStopAtTheLimitWithoutOverflowingTheStack(string open, string close)
    {
        var text = HostileDefinitions.Nested(open, "1", close, 20_000);

        Assert.False(IntrinsicParser.TryParse(text, out _, out var error));
        Assert.StartsWith("intrinsic functions are nested more than 10 deep", error, StringComparison.Ordinal);
    }
}
