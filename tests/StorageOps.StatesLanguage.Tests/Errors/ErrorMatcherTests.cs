using StorageOps.StatesLanguage.Errors;

namespace StorageOps.StatesLanguage.Tests.Errors;

public sealed class ErrorMatcherTests
{
    [Theory]
    [InlineData("States.ALL", "Custom.Error", true)]
    [InlineData("States.ALL", "States.Timeout", true)]
    [InlineData("States.ALL", "States.TaskFailed", true)]
    [InlineData("States.ALL", "States.Runtime", false)]
    [InlineData("States.ALL", "States.DataLimitExceeded", false)]
    [InlineData("States.TaskFailed", "Lambda.ServiceException", true)]
    [InlineData("States.TaskFailed", "States.Timeout", false)]
    [InlineData("States.Timeout", "States.Timeout", true)]
    [InlineData("States.Runtime", "States.Runtime", false)]
    [InlineData("States.DataLimitExceeded", "States.DataLimitExceeded", true)]
    [InlineData("Custom.Error", "Custom.Errors", false)]
    public void Matches_WhenErrorEqualsHasOneName_ShouldFollowTheSpecWildcards(string errorEquals, string error, bool expected)
    {
        Assert.Equal(expected, ErrorMatcher.Matches([errorEquals], error));
    }

    [Fact]
    public void AllNames_WhenListed_ShouldBeSpelledAsTheSpecSpellsThem()
    {
        Assert.Equal(
            [
                "States.ALL", "States.DataLimitExceeded", "States.ExceedToleratedFailureThreshold", "States.HeartbeatTimeout", "States.Timeout",
                "States.TaskFailed", "States.Permissions", "States.ResultPathMatchFailure", "States.ParameterPathFailure",
                "States.QueryEvaluationError", "States.BranchFailed", "States.NoChoiceMatched", "States.IntrinsicFailure",
                "States.ItemReaderFailed", "States.ResultWriterFailed", "States.Runtime",
            ],
            StatesErrorNames.AllNames);
    }
}
