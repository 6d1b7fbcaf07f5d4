using StorageOps.Aws.Protocol.RestJson;

namespace StorageOps.Aws.Tests.Protocol.RestJson;

public sealed class RestJsonErrorReaderTests
{
    [Theory]
    [InlineData("FileSystemNotFound", "FileSystemNotFound")]
    [InlineData("FileSystemNotFound:http://internal.amazon.com/coral/com.amazon.elasticfilesystem/", "FileSystemNotFound")]
    [InlineData("com.amazon.elasticfilesystem#FileSystemNotFound", "FileSystemNotFound")]
    [InlineData("aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/", "FooError")]
    [InlineData("  ThrottlingException ", "ThrottlingException")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Sanitize_WhenCodeHasNamespaceOrSuffix_ShouldKeepTheBareCode(string? raw, string? expected) =>
        Assert.Equal(expected, RestJsonErrorReader.Sanitize(raw));

    [Fact]
    public void Read_WhenBodyIsNotJson_ShouldFallBackToTheStatusCode()
    {
        var error = RestJsonErrorReader.Read(null, "<html>gateway</html>"u8.ToArray(), System.Net.HttpStatusCode.BadGateway, null);

        Assert.Equal("Http502", error.Code);
        Assert.Null(error.RequestId);
    }
}
