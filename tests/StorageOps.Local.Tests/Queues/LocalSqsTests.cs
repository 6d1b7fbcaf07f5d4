using StorageOps.Local.Queues;

namespace StorageOps.Local.Tests.Queues;

public sealed class LocalSqsTests
{
    [Theory]
    [InlineData("RequestsQueue", "requests")]
    [InlineData("RequestsDeadLetterQueue", "requests-dead-letter")]
    [InlineData("Snapshots", "snapshots")]
    public void AliasOf_WhenGivenALogicalId_ShouldBeItsKebabCaseWithoutQueue(string logicalId, string alias)
    {
        Assert.Equal(alias, LocalSqs.AliasOf(logicalId));
    }
}
