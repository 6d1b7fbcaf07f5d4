using StorageOps.Aws;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Replication;

namespace StorageOps.Functions.Tests.Replication;

public sealed class ReplicationHealthLagThresholdTests
{
    [Fact]
    public void SecondsFrom_WhenTheVariableIsUnset_ShouldBeAnHour() =>
        Assert.Equal(3600, ReplicationHealthLagThreshold.SecondsFrom(Environment()));

    [Fact]
    public void SecondsFrom_WhenTheVariableIsAPositiveWholeNumber_ShouldBeIt() =>
        Assert.Equal(900, ReplicationHealthLagThreshold.SecondsFrom(Environment("900")));

    [Theory]
    [InlineData("0")]
    [InlineData("-60")]
    [InlineData("1.5")]
    [InlineData(" 60")]
    [InlineData("an hour")]
    [InlineData("99999999999999999999")]
    public void SecondsFrom_WhenTheVariableIsNotAPositiveWholeNumber_ShouldFailAsConfigurationErrorNamingIt(string value)
    {
        var thrown = Assert.Throws<ConfigurationException>(() => ReplicationHealthLagThreshold.SecondsFrom(Environment(value)));

        Assert.Contains(ReplicationHealthLagThreshold.Variable, thrown.Message, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_WhenTheReplicationHealthFunctionHasABadThreshold_ShouldFailToBuildIt() =>
        Assert.Throws<ConfigurationException>(() => FunctionComposition.Registry.Build(CheckReplicationHealthFunction.HandlerName, Environment("soon")));

    [Fact]
    public void Registry_WhenTheReplicationHealthFunctionIsBuilt_ShouldBuildItByItsName() =>
        Assert.Equal(CheckReplicationHealthFunction.HandlerName, FunctionComposition.Registry.Build(CheckReplicationHealthFunction.HandlerName, Environment("600")).Name);

    private static FunctionEnvironment Environment(string? threshold = null)
    {
        var variables = new Dictionary<string, string> { [FunctionEnvironment.RegionVariable] = "eu-west-1" };
        if (threshold is not null)
        {
            variables[ReplicationHealthLagThreshold.Variable] = threshold;
        }

        return new FunctionEnvironment(variables, TimeProvider.System, new AwsClientSettings { ServiceUrl = "http://127.0.0.1:9" });
    }
}
