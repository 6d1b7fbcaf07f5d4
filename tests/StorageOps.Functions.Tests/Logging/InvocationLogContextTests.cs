using StorageOps.Functions.Invocation;
using StorageOps.Functions.Logging;

namespace StorageOps.Functions.Tests.Logging;

public sealed class InvocationLogContextTests
{
    [Theory]
    [InlineData("Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1", "1-5759e988-bd862e3fe1be46a994272793")]
    [InlineData("Parent=53995c3f42cd8ad8;Root=1-5759e988-bd862e3fe1be46a994272793", "1-5759e988-bd862e3fe1be46a994272793")]
    [InlineData("Root=1-5759e988-bd862e3fe1be46a994272793", "1-5759e988-bd862e3fe1be46a994272793")]
    [InlineData("Parent=53995c3f42cd8ad8;Sampled=0", null)]
    [InlineData("Root=", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void XRayTraceIdOf_WhenGivenATraceHeader_ShouldReturnItsRootPart(string? header, string? expected) =>
        Assert.Equal(expected, InvocationLogContext.XRayTraceIdOf(header));

    [Fact]
    public void Begin_WhenTheSameInvocationIsBegunAgain_ShouldKeepItAndNotTakeTheColdStartTwice()
    {
        var coldStart = new ColdStart();
        var invocation = new LambdaInvocation("lambda-1", DateTimeOffset.MaxValue);
        using (InvocationLogContext.Begin("H", invocation, null, coldStart))
        {
            var outer = InvocationLogContext.Current;
            using (InvocationLogContext.Begin("H", invocation, null, coldStart))
            {
                Assert.Same(outer, InvocationLogContext.Current);
                Assert.True(InvocationLogContext.Current!.ColdStart);
            }

            Assert.Same(outer, InvocationLogContext.Current);
        }

        Assert.Null(InvocationLogContext.Current);
        Assert.False(coldStart.Take());
    }

    [Fact]
    public void Begin_WhenAnotherInvocationBegins_ShouldReplaceThenRestoreTheOuterOne()
    {
        var coldStart = new ColdStart();
        using (InvocationLogContext.Begin("Outer", new LambdaInvocation("lambda-1", DateTimeOffset.MaxValue), null, coldStart))
        {
            using (InvocationLogContext.Begin("Inner", new LambdaInvocation("lambda-2", DateTimeOffset.MaxValue), null, coldStart))
            {
                Assert.Equal(("lambda-2", false), (InvocationLogContext.Current!.FunctionRequestId, InvocationLogContext.Current.ColdStart));
            }

            Assert.Equal("lambda-1", InvocationLogContext.Current!.FunctionRequestId);
        }
    }
}
