using StorageOps.Simulator.Accounts;

namespace StorageOps.Simulator.Tests.Accounts;

public sealed class SigV4CredentialScopeTests
{
    [Fact]
    public void FromAuthorizationHeader_WhenSignedBySdk_ShouldReadRegionAndService()
    {
        var scope = SigV4CredentialScope.FromAuthorizationHeader(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/eu-west-2/elasticfilesystem/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc");

        Assert.Equal(new SigV4CredentialScope("AKIDEXAMPLE", "20260101", "eu-west-2", "elasticfilesystem"), scope);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer token")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/aws4_request, Signature=abc")]
    public void FromAuthorizationHeader_WhenNoCompleteScope_ShouldReturnNull(string? header) =>
        Assert.Null(SigV4CredentialScope.FromAuthorizationHeader(header));
}
