using StorageOps.Aws;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Polling;

namespace StorageOps.Functions.Tests.Polling;

public sealed class PollingSchedulesTests
{
    private static FunctionEnvironment Environment(params (string Name, string Value)[] variables) =>
        new(variables.ToDictionary(variable => variable.Name, variable => variable.Value), TimeProvider.System, new AwsClientSettings());

    [Fact]
    public void From_WhenTheTimeScaleIsUnset_ShouldUseTheExpectedDurations() =>
        Assert.Equal(ExpectedDurations.Of(PolledOperation.MountTargetCreation), PollingSchedules.From(Environment()).For(PolledOperation.MountTargetCreation).ExpectedDuration);

    [Theory]
    [InlineData("0.1", PolledOperation.ReplicationEnabling, 12)]
    [InlineData("10", PolledOperation.FileSystemCreation, 450)]
    [InlineData("0.01", PolledOperation.FileSystemDeletion, 1)]
    public void From_WhenTheTimeScaleIsSet_ShouldScaleTheExpectedDurationButNotBelowOneSecond(string scale, PolledOperation operation, int expectedSeconds) =>
        Assert.Equal(
            TimeSpan.FromSeconds(expectedSeconds),
            PollingSchedules.From(Environment((PollingSchedules.TimeScaleVariable, scale))).For(operation).ExpectedDuration);

    [Theory]
    [InlineData("fast")]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("NaN")]
    public void From_WhenTheTimeScaleIsNotAPositiveNumber_ShouldFailAsConfigurationError(string scale)
    {
        var thrown = Assert.Throws<ConfigurationException>(() => PollingSchedules.From(Environment((PollingSchedules.TimeScaleVariable, scale))));

        Assert.Contains(PollingSchedules.TimeScaleVariable, thrown.Message, StringComparison.Ordinal);
    }
}
