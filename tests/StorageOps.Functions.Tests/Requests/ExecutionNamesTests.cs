using StorageOps.Functions.Requests;

namespace StorageOps.Functions.Tests.Requests;

public sealed class ExecutionNamesTests
{
    [Theory]
    [InlineData("req-2026-12-01-analytics")]
    [InlineData("A_b-9")]
    public void For_WhenTheRequestIdIsAnAllowedName_ShouldUseItUnchanged(string requestId)
    {
        Assert.Equal(requestId, ExecutionNames.For(requestId));
    }

    [Theory]
    [InlineData("team/analytics:2026")]
    [InlineData("team analytics 2026")]
    [InlineData("équipe")]
    public void For_WhenTheRequestIdHasOtherCharacters_ShouldKeepOnlyAllowedOnesAndAppendAHash(string requestId)
    {
        var name = ExecutionNames.For(requestId);

        Assert.Matches("^[A-Za-z0-9_-]{1,80}$", name);
        Assert.Matches("-[0-9a-f]{16}$", name);
        Assert.Equal(name, ExecutionNames.For(requestId));
    }

    [Fact]
    public void For_WhenTwoRequestIdsDifferOnlyInReplacedCharactersOrBeyondTheLimit_ShouldNotCollide()
    {
        var long1 = new string('a', 80) + "1";
        var long2 = new string('a', 80) + "2";

        Assert.NotEqual(ExecutionNames.For("a/b"), ExecutionNames.For("a:b"));
        Assert.NotEqual(ExecutionNames.For(long1), ExecutionNames.For(long2));
        Assert.Equal(80, ExecutionNames.For(long1).Length);
        Assert.Equal(new string('a', 80), ExecutionNames.For(new string('a', 80)));
    }

    [Fact]
    public void ExecutionArn_WhenGivenAStateMachineArn_ShouldNameTheExecutionOfIt()
    {
        Assert.Equal(
            "arn:aws:states:us-east-1:123456789012:execution:storageops-provision-file-system:req-1",
            ExecutionNames.ExecutionArn("arn:aws:states:us-east-1:123456789012:stateMachine:storageops-provision-file-system", "req-1"));
    }
}
