using StorageOps.Aws.Efs;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.Efs;

[Collection(StorageOps.Testing.ProcessEnvironmentCollection.Name)]
public sealed class EfsClientCredentialsTests
{
    [Fact]
    public async Task DescribeFileSystemsAsync_WhenNoCredentialsGiven_ShouldSignWithTheDefaultChain()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(200, """{"FileSystems":[]}"""));
        var previous = (Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID"), Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY"));
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "AKIDFROMENVIRONMENT");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "secret-from-environment");
        try
        {
            using var client = new EfsClient(new AwsClientSettings { Region = "us-west-2", ServiceUrl = server.Endpoint, Credentials = null });

            await client.DescribeFileSystemsAsync(new DescribeFileSystemsRequest());
        }
        finally
        {
            Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", previous.Item1);
            Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", previous.Item2);
        }

        var request = Assert.Single(server.Requests);
        var authorization = SigV4Verifier.Parse(request.Header("Authorization"));
        Assert.Equal("AKIDFROMENVIRONMENT", authorization.AccessKeyId);
        Assert.Equal("us-west-2", authorization.Region);
        SigV4Verifier.AssertSignatureValid(request, "secret-from-environment");
    }
}
