using System.Net;
using System.Text;
using StorageOps.Aws.Protocol.AwsJson;

namespace StorageOps.Aws.Tests.Protocol.AwsJson;

public sealed class AwsJsonErrorReaderTests
{
    [Theory]
    [InlineData("com.amazonaws.swf.base.model#ExecutionDoesNotExist", "ExecutionDoesNotExist")]
    [InlineData("ExecutionDoesNotExist:http://internal.amazon.com/coral/com.amazonaws.swf.base.model/", "ExecutionDoesNotExist")]
    [InlineData("aws.protocoltests#InvalidArn:http://internal.amazon.com/", "InvalidArn")]
    [InlineData("  InvalidName ", "InvalidName")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Sanitize_WhenCodeHasNamespaceOrSuffix_ShouldKeepTheBareCode(string? raw, string? expected)
    {
        Assert.Equal(expected, AwsJsonErrorReader.Sanitize(raw));
    }

    [Fact]
    public void Read_WhenBodyHasTypeAndMessage_ShouldUseThem()
    {
        var body = """{"__type":"com.amazonaws.swf.base.model#StateMachineDoesNotExist","message":"State Machine Does Not Exist: 'arn:…'"}""";

        var error = AwsJsonErrorReader.Read(null, Encoding.UTF8.GetBytes(body), HttpStatusCode.BadRequest, null);

        Assert.Equal("StateMachineDoesNotExist", error.Code);
        Assert.Equal("State Machine Does Not Exist: 'arn:…'", error.Message);
    }

    [Fact]
    public void Read_WhenBodyIsNotJson_ShouldFallBackToTheHttpStatus()
    {
        var error = AwsJsonErrorReader.Read(null, Encoding.UTF8.GetBytes("<html/>"), HttpStatusCode.ServiceUnavailable, null);

        Assert.Equal("Http503", error.Code);
    }
}
