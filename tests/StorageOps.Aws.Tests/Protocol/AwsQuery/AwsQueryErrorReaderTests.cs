using System.Net;
using System.Text;
using StorageOps.Aws.Protocol.AwsQuery;

namespace StorageOps.Aws.Tests.Protocol.AwsQuery;

public sealed class AwsQueryErrorReaderTests
{
    [Fact]
    public void Read_WhenErrorResponse_ShouldTakeCodeMessageAndRequestIdFromTheBody()
    {
        var body = """
            <ErrorResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/">
              <Error><Type>Sender</Type><Code>DBClusterNotFoundFault</Code><Message>DBCluster orders not found.</Message></Error>
              <RequestId>8b5f8a2e-0000-4000-8000-000000000001</RequestId>
            </ErrorResponse>
            """;

        var error = AwsQueryErrorReader.Read(null, Encoding.UTF8.GetBytes(body), HttpStatusCode.NotFound, null);

        Assert.Equal("DBClusterNotFoundFault", error.Code);
        Assert.Equal("DBCluster orders not found.", error.Message);
        Assert.Equal("8b5f8a2e-0000-4000-8000-000000000001", error.RequestId);
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml at all")]
    [InlineData("<html><body>Bad Gateway</body></html>")]
    public void Read_WhenBodyHasNoError_ShouldFallBackToTheHttpStatus(string body)
    {
        var error = AwsQueryErrorReader.Read(null, Encoding.UTF8.GetBytes(body), HttpStatusCode.BadGateway, null);

        Assert.Equal("Http502", error.Code);
        Assert.Contains("502", error.Message, StringComparison.Ordinal);
    }
}
